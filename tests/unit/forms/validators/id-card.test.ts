import { describe, expect, it } from 'vitest';
import { idCardCheckChar, validateIdCard } from '../../../../src/forms/validators/id-card.ts';

/** The two examples printed in GB 11643-1999 itself; no real person's number is used. */
const STANDARD_EXAMPLES = ['11010519491231002X', '440524188001010014'];

describe('resident ID number (GB 11643-1999)', () => {
  it('computes the check character of the standard’s own examples', () => {
    for (const id of STANDARD_EXAMPLES) expect(idCardCheckChar(id.slice(0, 17))).toBe(id[17]);
  });

  it('accepts the examples, also with a lower-case x and surrounding spaces', () => {
    for (const id of STANDARD_EXAMPLES) expect(validateIdCard(id)).toBeUndefined();
    expect(validateIdCard(' 11010519491231002x ')).toBeUndefined();
  });

  it('reads the number as people type it: groups apart with spaces or hyphens', () => {
    expect(validateIdCard('110105 19491231 002X')).toBeUndefined();
    expect(validateIdCard('440524-18800101-0014')).toBeUndefined();
    expect(validateIdCard('110105 19491231 003X')).toContain('校验码不符');
  });

  it('says that full-width digits are the input method’s, not a wrong length', () => {
    expect(validateIdCard('１１０１０５１９４９１２３１００２Ｘ')).toContain('半角');
  });

  it('rejects every wrong check character', () => {
    for (const c of '0123456789X'.replace('X', '')) {
      expect(validateIdCard(`11010519491231002${c}`)).toContain('校验码不符');
    }
  });

  it('catches a single mistyped digit and two swapped digits', () => {
    expect(validateIdCard('11010519491231003X')).toContain('校验码不符');
    expect(validateIdCard('11010519492131002X')).toContain('出生日期');
    expect(validateIdCard('10110519491231002X')).toBeDefined();
  });

  it('explains length, characters and impossible birth dates in Chinese', () => {
    expect(validateIdCard('11010519491231002')).toBe('身份证号应为 18 位：前 17 位是数字，最后一位是数字或 X');
    expect(validateIdCard('1101051949123100AX')).toContain('18 位');
    const feb30 = '1101051949023000' + '1';
    expect(validateIdCard(feb30 + idCardCheckChar(feb30))).toContain('出生日期');
    const future = '1101052099010100' + '1';
    expect(validateIdCard(future + idCardCheckChar(future), new Date('2026-11-26'))).toContain('出生日期');
    expect(validateIdCard('01010519491231002X')).toContain('地址码');
  });
});
