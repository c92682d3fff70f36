/** The 31 characters a unified social credit code may use (GB 32100-2015): no I, O, Z, S, V. */
const CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** Weight of each of the first 17 positions: 3^i mod 31. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/**
 * The check character of the first 17 characters of a unified social credit code, per GB 32100-2015.
 * @example usccCheckChar('91350100M000100Y4') // '3'
 */
export function usccCheckChar(first17: string): string {
  if (first17.length !== 17) throw new Error('需要 17 位');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CHARS.indexOf(first17[i]!);
    if (value < 0) throw new Error(`不允许的字符 ${first17[i]}`);
    sum += value * WEIGHTS[i]!;
  }
  return CHARS[(31 - (sum % 31)) % 31]!;
}

/**
 * Why a unified social credit code (统一社会信用代码, also used as 纳税人识别号) is wrong, in Chinese,
 * or undefined when it is valid. Lower case is accepted and read as upper case. `name` is what the
 * form calls the field. GB 32100-2015: 18 characters from the 31 allowed, the 3rd to 8th the
 * registering authority's six-digit division code, the 18th the check character.
 * @example validateUscc('91350100M000100Y43') // undefined
 * @example validateUscc('91350100M000100Y44', '统一社会信用代码') // '统一社会信用代码最后一位校验码不符，请逐位核对是否输错'
 */
export function validateUscc(raw: string, name = '纳税人识别号'): string | undefined {
  const code = raw.trim().toUpperCase();
  const full = name === '纳税人识别号' ? '纳税人识别号（统一社会信用代码）' : name;
  if (code.length !== 18) return `${full}应为 18 位，现在是 ${code.length} 位`;
  const bad = [...code].find((c) => !CHARS.includes(c));
  if (bad) return `${name}中不能有「${bad}」：只用数字和大写字母，不含 I、O、Z、S、V`;
  if (!/^\d{6}$/.test(code.slice(2, 8))) return `${name}的第 3 到 8 位应为数字（登记机关的行政区划代码）`;
  if (usccCheckChar(code.slice(0, 17)) !== code[17]) {
    return `${name}最后一位校验码不符，请逐位核对是否输错`;
  }
  return undefined;
}
