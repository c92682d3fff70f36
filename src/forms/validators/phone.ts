/**
 * Why a Chinese phone number is wrong, in Chinese, or undefined when it is valid.
 * Accepts an 11-digit mobile number (optionally +86) or a landline with its area code
 * (010-67410624, 0571 8888 8888, with an optional extension after -).
 * @example validatePhone('010-67410624') // undefined
 */
export function validatePhone(raw: string): string | undefined {
  const phone = raw.trim().replace(/[\s()（）]/g, '');
  if (/^(?:\+?86-?)?1[3-9]\d{9}$/.test(phone)) return undefined;
  if (/^0\d{2,3}-?[2-9]\d{6,7}(?:-\d{1,6})?$/.test(phone)) return undefined;
  if (/^1\d*$/.test(phone)) return '手机号应为 11 位数字，以 13 到 19 开头';
  if (/^[2-9]\d{6,7}$/.test(phone)) return '固定电话请加区号，例如 010-67410624';
  return '请填写 11 位手机号，或带区号的固定电话（例如 010-67410624）';
}
