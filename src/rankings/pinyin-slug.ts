import { pinyin } from 'pinyin-pro';
import { provinceSlug } from '../schemas/provinces.ts';

/** Administrative suffixes left out of URLs: 安吉县 → anji, 孝丰镇 → xiaofeng. */
const SUFFIX = /(?:自治县|自治旗|街道|县|市|区|旗|镇|乡)$/;

function core(name: string): string {
  const stripped = name.trim().replace(SUFFIX, '');
  return stripped.length > 0 ? stripped : name.trim();
}

function ascii(name: string): string {
  return pinyin(core(name), { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The automatic URL slug of a town: province slug, county and town in toneless pinyin.
 * @example pinyinSlug('浙江省', '安吉县', '孝丰镇') // 'zhejiang-anji-xiaofeng'
 */
export function pinyinSlug(province: string, county: string, town: string): string {
  return [provinceSlug(province), ascii(county), ascii(town)].filter(Boolean).join('-');
}
