import { describe, expect, it } from 'vitest';
import { validateEmail } from '../../../../src/forms/validators/email.ts';
import { validatePhone } from '../../../../src/forms/validators/phone.ts';

describe('phone numbers', () => {
  it('accepts the seed’s own numbers and common ways of writing them', () => {
    for (const p of [
      '010-67410624',
      '13716385865',
      '01067410624',
      '0571 8888 8888',
      '+86 137 1638 5865',
      '010-67410624-123',
      '137-1638-5865',
      '137 1638 5865',
      '0571-8888-8888',
    ]) {
      expect(validatePhone(p), p).toBeUndefined();
    }
  });

  it('rejects short mobiles, landlines without area code and letters, in Chinese', () => {
    expect(validatePhone('1371638586')).toContain('11 位');
    expect(validatePhone('12716385865')).toContain('13 到 19');
    expect(validatePhone('67410624')).toContain('请加区号');
    expect(validatePhone('abc')).toContain('固定电话');
    expect(validatePhone('137-1638-586')).toContain('11 位');
  });

  it('says that full-width digits are the input method’s, not a wrong length', () => {
    expect(validatePhone('１３７１６３８５８６５')).toContain('半角');
    expect(validatePhone('010－67410624')).toContain('半角');
  });
});

describe('email', () => {
  it('accepts the organizer’s address', () => expect(validateEmail('gyxzyjzx@163.com')).toBeUndefined());
  it('rejects full-width characters and missing domains, in Chinese', () => {
    expect(validateEmail('gyxzyjzx＠163.com')).toContain('全角');
    expect(validateEmail('gyxzyjzx@163')).toContain('有效的电子邮箱');
    expect(validateEmail('a b@163.com')).toContain('空格');
  });
});
