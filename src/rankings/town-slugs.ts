import { pinyinSlug } from './pinyin-slug.ts';

/** A town as the rankings name it. */
export interface TownName {
  province: string;
  county: string;
  town: string;
}

/**
 * The identity of a town across editions and stories.
 * @example townKey({ province: '浙江省', county: '安吉县', town: '孝丰镇' }) // '浙江省|安吉县|孝丰镇'
 */
export function townKey(t: TownName): string {
  return `${t.province}|${t.county}|${t.town}`;
}

/**
 * One URL slug per town. Slugs chosen by editors (an edition's 镇的网址拼音, a story's 镇的拼音)
 * are kept as given; the other towns get their pinyin slug, and when two towns would share one,
 * the towns are taken in a fixed order (province, county, town) and the later ones get -2, -3, …
 * `notes` says which, for the build log. Two towns given the same slug by editors are `conflicts`.
 * @example assignTownSlugs([{ province: '浙江省', county: '安吉县', town: '孝丰镇' }], new Map()).slugs
 *   // Map { '浙江省|安吉县|孝丰镇' => 'zhejiang-anji-xiaofeng' }
 */
export function assignTownSlugs(
  towns: readonly TownName[],
  chosen: ReadonlyMap<string, string>,
): { slugs: Map<string, string>; notes: string[]; conflicts: string[] } {
  const slugs = new Map<string, string>();
  const owner = new Map<string, string>();
  const notes: string[] = [];
  const conflicts: string[] = [];
  const label = (key: string) => key.split('|').reverse().join('，');
  const unique = [...new Map(towns.map((t) => [townKey(t), t])).values()].sort((a, b) =>
    townKey(a) < townKey(b) ? -1 : townKey(a) > townKey(b) ? 1 : 0,
  );
  for (const t of unique) {
    const key = townKey(t);
    const slug = chosen.get(key);
    if (slug === undefined) continue;
    const other = owner.get(slug);
    if (other !== undefined) conflicts.push(`「${label(other)}」和「${label(key)}」都被指定为网址拼音 ${slug}`);
    else owner.set(slug, key);
    slugs.set(key, slug);
  }
  for (const t of unique) {
    const key = townKey(t);
    if (slugs.has(key)) continue;
    const base = pinyinSlug(t.province, t.county, t.town);
    let slug = base;
    for (let n = 2; owner.has(slug); n++) slug = `${base}-${n}`;
    if (slug !== base)
      notes.push(`「${label(key)}」的拼音 ${base} 已被「${label(owner.get(base)!)}」使用，改用 ${slug}`);
    owner.set(slug, key);
    slugs.set(key, slug);
  }
  return { slugs, notes, conflicts };
}
