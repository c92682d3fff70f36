/**
 * Why an email address is wrong, in Chinese, or undefined when it looks deliverable:
 * one @, no spaces or full-width characters, and a domain with a dot.
 * @example validateEmail('gyxzyjzx@163.com') // undefined
 */
export function validateEmail(raw: string): string | undefined {
  const email = raw.trim();
  if (/[＠。，\s]/.test(email)) return '电子邮箱中不能有空格或全角字符（＠、。），请用英文输入法';
  if (!/^[^@]+@[^@]+\.[A-Za-z]{2,}$/.test(email)) return '请填写有效的电子邮箱，例如 name@example.com';
  return undefined;
}
