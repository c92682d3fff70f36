/**
 * China's province-level divisions with the ASCII slugs used in URLs,
 * e.g. `/stories/provinces/zhejiang/`. A Chinese name never becomes a
 * percent-encoded URL.
 */
export const PROVINCES = [
  { name: '北京市', slug: 'beijing' },
  { name: '天津市', slug: 'tianjin' },
  { name: '河北省', slug: 'hebei' },
  { name: '山西省', slug: 'shanxi' },
  { name: '内蒙古自治区', slug: 'neimenggu' },
  { name: '辽宁省', slug: 'liaoning' },
  { name: '吉林省', slug: 'jilin' },
  { name: '黑龙江省', slug: 'heilongjiang' },
  { name: '上海市', slug: 'shanghai' },
  { name: '江苏省', slug: 'jiangsu' },
  { name: '浙江省', slug: 'zhejiang' },
  { name: '安徽省', slug: 'anhui' },
  { name: '福建省', slug: 'fujian' },
  { name: '江西省', slug: 'jiangxi' },
  { name: '山东省', slug: 'shandong' },
  { name: '河南省', slug: 'henan' },
  { name: '湖北省', slug: 'hubei' },
  { name: '湖南省', slug: 'hunan' },
  { name: '广东省', slug: 'guangdong' },
  { name: '广西壮族自治区', slug: 'guangxi' },
  { name: '海南省', slug: 'hainan' },
  { name: '重庆市', slug: 'chongqing' },
  { name: '四川省', slug: 'sichuan' },
  { name: '贵州省', slug: 'guizhou' },
  { name: '云南省', slug: 'yunnan' },
  { name: '西藏自治区', slug: 'xizang' },
  { name: '陕西省', slug: 'shaanxi' },
  { name: '甘肃省', slug: 'gansu' },
  { name: '青海省', slug: 'qinghai' },
  { name: '宁夏回族自治区', slug: 'ningxia' },
  { name: '新疆维吾尔自治区', slug: 'xinjiang' },
  { name: '台湾省', slug: 'taiwan' },
  { name: '香港特别行政区', slug: 'xianggang' },
  { name: '澳门特别行政区', slug: 'aomen' },
] as const;

export type ProvinceName = (typeof PROVINCES)[number]['name'];

/**
 * The URL slug of a province.
 * @example provinceSlug('浙江省') // 'zhejiang'
 */
export function provinceSlug(name: string): string {
  const found = PROVINCES.find((p) => p.name === name);
  if (!found) throw new Error(`未知省份「${name}」：应为 ${PROVINCES.map((p) => p.name).join('、')} 之一`);
  return found.slug;
}
