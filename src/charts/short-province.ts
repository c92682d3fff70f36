/** What a province's short name leaves out: 省, 市, and the 自治区 and 特别行政区 with their peoples. */
const SUFFIX = /(?:省|市|(?:壮族|回族|维吾尔)?自治区|特别行政区)$/;

/**
 * A province's name as a chart axis writes it, as in everyday use: 浙江省 → 浙江, 广西壮族自治区 → 广西.
 * @example shortProvince('新疆维吾尔自治区') // '新疆'
 * @example shortProvince('内蒙古自治区') // '内蒙古'
 */
export function shortProvince(name: string): string {
  return name.replace(SUFFIX, '');
}
