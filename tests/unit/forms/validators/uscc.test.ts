import { describe, expect, it } from 'vitest';
import { usccCheckChar, validateUscc } from '../../../../src/forms/validators/uscc.ts';

/** The example code widely used to illustrate GB 32100-2015 (an organisation, not a person). */
const EXAMPLE = '91350100M000100Y43';

describe('unified social credit code (GB 32100-2015)', () => {
  it('computes the published example’s check character', () => {
    expect(usccCheckChar(EXAMPLE.slice(0, 17))).toBe('3');
  });

  it('accepts the example, also in lower case', () => {
    expect(validateUscc(EXAMPLE)).toBeUndefined();
    expect(validateUscc(EXAMPLE.toLowerCase())).toBeUndefined();
  });

  it('accepts codes whose check value is 0 and 30 (the wrap-around cases)', () => {
    // Vary the last body character until each edge appears; the algorithm decides, not the test.
    const found = new Set<string>();
    for (const c of '0123456789ABCDEFGHJKLMNPQRTUWXY') {
      const body = `91350100M000100Y${c}`;
      const code = body + usccCheckChar(body);
      expect(validateUscc(code)).toBeUndefined();
      found.add(code[17]!);
    }
    expect(found.size).toBeGreaterThan(20);
  });

  it('rejects a wrong check character, a wrong length and forbidden letters, in Chinese', () => {
    expect(validateUscc('91350100M000100Y44')).toBe('纳税人识别号最后一位校验码不符，请逐位核对是否输错');
    expect(validateUscc('91350100M000100Y4')).toContain('18 位，现在是 17 位');
    expect(validateUscc('91350100M000100I43')).toContain('不能有「I」');
    expect(validateUscc('91350100M0001OOY43')).toContain('不能有「O」');
  });
});
