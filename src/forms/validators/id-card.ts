/** Weights of the first 17 digits of a resident ID number (GB 11643-1999, ISO 7064 MOD 11-2). */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** Check character for each remainder of the weighted sum modulo 11. */
const CHECK = '10X98765432';

/**
 * The check character (0–9 or X) of the first 17 digits of a resident ID number, per GB 11643-1999.
 * @example idCardCheckChar('11010519491231002') // 'X' (the standard's own example)
 */
export function idCardCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('需要 17 位数字');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

/**
 * Why an 18-digit resident ID number is wrong, in Chinese, or undefined when it is valid:
 * length and characters, the birth date in digits 7–14, and the GB 11643 check character.
 * A lower-case x, and spaces or hyphens between groups (110105 19491231 002X), are accepted, as
 * readers type them; full-width digits get a message of their own.
 * @example validateIdCard('11010519491231002X') // undefined
 * @example validateIdCard('110105 19491231 002x') // undefined
 */
export function validateIdCard(raw: string, today = new Date()): string | undefined {
  if (/[０-９Ｘｘ]/u.test(raw)) return '请用半角数字和字母填写身份证号（把输入法切换到英文或半角）';
  const id = raw.replace(/[\s-]/gu, '').toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return '身份证号应为 18 位：前 17 位是数字，最后一位是数字或 X';
  if (!/^[1-9]/.test(id)) return '身份证号的前 6 位地址码不正确';
  const [y, m, d] = [id.slice(6, 10), id.slice(10, 12), id.slice(12, 14)].map(Number) as [number, number, number];
  const birth = new Date(Date.UTC(y, m - 1, d));
  const real = birth.getUTCFullYear() === y && birth.getUTCMonth() === m - 1 && birth.getUTCDate() === d;
  if (!real || y < 1800 || birth.getTime() > today.getTime()) return '身份证号第 7 到 14 位的出生日期不正确';
  if (idCardCheckChar(id.slice(0, 17)) !== id[17]) return '身份证号最后一位校验码不符，请逐位核对是否输错';
  return undefined;
}
