import type { TownName } from './town-slugs.ts';

/**
 * The parts of a town's full name, largest first, as a poster or a page writes them (省 · 县 · 镇).
 * The one place that decides them: a part added here (a town's 市) appears everywhere they are shown.
 * @example townNameParts({ province: '浙江省', county: '安吉县', town: '孝丰镇' }) // ['浙江省', '安吉县', '孝丰镇']
 */
export function townNameParts(t: TownName): string[] {
  return [t.province, t.county, t.town];
}
