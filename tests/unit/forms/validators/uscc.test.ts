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

  it('wants the registering authority’s six-digit division code in places 3 to 8', () => {
    const body = '91AB0100M000100Y4';
    expect(validateUscc(body + usccCheckChar(body))).toBe(
      '纳税人识别号的第 3 到 8 位应为数字（登记机关的行政区划代码）',
    );
  });

  it('names the field as the form calls it', () => {
    expect(validateUscc('91350100M000100Y44', '统一社会信用代码')).toBe(
      '统一社会信用代码最后一位校验码不符，请逐位核对是否输错',
    );
    expect(validateUscc('9135', '统一社会信用代码')).toBe('统一社会信用代码应为 18 位，现在是 4 位');
  });

  it('catches every single-character typo and every swap of two neighbours in computed codes', () => {
    // Codes made here from their first 17 characters, never a real firm's: the algorithm decides.
    const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    let swaps = 0;
    let caught = 0;
    for (const start of ['91110108', '52330523', '12440606', '93350582']) {
      const body = `${start}MA1X4K7P3`;
      const code = body + usccCheckChar(body);
      expect(validateUscc(code)).toBeUndefined();
      for (let i = 0; i < 17; i++) {
        const typo = code.slice(0, i) + chars[(chars.indexOf(code[i]!) + 1) % 31] + code.slice(i + 1);
        expect(validateUscc(typo), typo).toBeDefined();
        if (code[i] !== code[i + 1] && i < 16) {
          swaps++;
          const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
          if (validateUscc(swapped) !== undefined) caught++;
        }
      }
    }
    expect(caught).toBe(swaps);
  });
});
