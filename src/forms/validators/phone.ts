/** Full-width digits, as a Chinese input method in full-width mode types them. */
const FULL_WIDTH = /[０-９＋－]/u;

/**
 * Why a Chinese phone number is wrong, in Chinese, or undefined when it is valid.
 * Accepts an 11-digit mobile number (optionally +86), written as people do (137-1638-5865,
 * 137 1638 5865), or a landline with its area code (010-67410624, 0571 8888 8888, with an optional
 * extension after -). Full-width digits get a message of their own: the digits are right, the
 * input method is not.
 * @example validatePhone('010-67410624') // undefined
 * @example validatePhone('137-1638-5865') // undefined
 */
export function validatePhone(raw: string): string | undefined {
  if (FULL_WIDTH.test(raw)) return '请用半角数字填写（把输入法切换到英文或半角），例如 13716385865';
  const phone = raw.trim().replace(/[\s()（）]/g, '');
  const digits = phone.replace(/-/g, '');
  if (/^(?:\+?86)?1[3-9]\d{9}$/.test(digits)) return undefined;
  if (/^0\d{2,3}-?[2-9]\d{6,7}(?:-\d{1,6})?$/.test(phone)) return undefined;
  if (/^0\d{2,3}[2-9]\d{6,7}$/.test(digits)) return undefined;
  if (/^1\d*$/.test(digits)) return '手机号应为 11 位数字，以 13 到 19 开头';
  if (/^[2-9]\d{6,7}$/.test(digits)) return '固定电话请加区号，例如 010-67410624';
  return '请填写 11 位手机号，或带区号的固定电话（例如 010-67410624）';
}
