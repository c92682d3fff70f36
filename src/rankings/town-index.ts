import type { RankingRow } from '../schemas/ranking.ts';
import { assignTownSlugs, townKey, type TownName } from './town-slugs.ts';

/** What the town index needs of an edition. */
export interface EditionLike {
  id: string;
  data: { year: number; slug: string; townSlugs?: (TownName & { slug: string })[] | undefined };
  rows: RankingRow[];
}

/** What the town index needs of a town story. */
export interface StoryLike {
  id: string;
  data: { province: string; city: string; town: string; townSlug: string };
}

/** One town's place in one edition; `change` compares with the previous year of the same list. */
export interface TownResult<E> {
  edition: E;
  row: RankingRow;
  /** Places gained since the previous edition (negative: lost); 'new' when it was not on that list; absent when there is none. */
  change?: number | 'new';
}

export interface TownRecord<E, S> extends TownName {
  slug: string;
  /** Newest edition first. */
  results: TownResult<E>[];
  stories: S[];
}

/**
 * Every town named by a published edition or a town story, under one slug each. A story belongs to
 * a ranked town when province and town match and its 市/县 ends with the town's county
 * (湖州市安吉县 ↔ 安吉县); its 镇的拼音 then becomes the town's slug, so a town has one page.
 * `editions` newest first. `notes` are equal pinyin told apart (for the build log), `conflicts`
 * slugs editors gave two ways (the build stops on them).
 * @example buildTownIndex([edition2025, edition2024], stories).towns[0] // { slug: 'zhejiang-anji-xiaofeng', results: [...], stories: [...] }
 */
export function buildTownIndex<E extends EditionLike, S extends StoryLike>(
  editions: readonly E[],
  stories: readonly S[],
): { towns: TownRecord<E, S>[]; notes: string[]; conflicts: string[] } {
  const towns = new Map<string, TownRecord<E, S>>();
  const byProvinceTown = new Map<string, TownRecord<E, S>[]>();
  const conflicts: string[] = [];
  const chosen = new Map<string, string>();
  const choose = (key: string, slug: string, where: string) => {
    const before = chosen.get(key);
    if (before !== undefined && before !== slug) {
      conflicts.push(
        `${where}把「${key.split('|').join('')}」的网址拼音定为 ${slug}，别处定为 ${before}；同一个镇只能用一个拼音`,
      );
    } else chosen.set(key, slug);
  };

  for (const edition of editions) {
    for (const row of edition.rows) {
      const key = townKey(row);
      let town = towns.get(key);
      if (!town) {
        town = { province: row.province, county: row.county, town: row.town, slug: '', results: [], stories: [] };
        towns.set(key, town);
        const pt = `${row.province}|${row.town}`;
        byProvinceTown.set(pt, [...(byProvinceTown.get(pt) ?? []), town]);
      }
      town.results.push({ edition, row });
    }
    for (const s of edition.data.townSlugs ?? []) choose(townKey(s), s.slug, `榜单 ${edition.id} `);
  }

  for (const story of stories) {
    const { province, city, town: name, townSlug } = story.data;
    const ranked = (byProvinceTown.get(`${province}|${name}`) ?? []).find((t) => city.endsWith(t.county));
    const key = ranked ? townKey(ranked) : townKey({ province, county: city, town: name });
    let town = towns.get(key);
    if (!town) {
      town = { province, county: city, town: name, slug: '', results: [], stories: [] };
      towns.set(key, town);
    }
    town.stories.push(story);
    choose(key, townSlug, `镇域故事 ${story.id} `);
  }

  const { slugs, notes, conflicts: clashes } = assignTownSlugs([...towns.values()], chosen);
  for (const [key, town] of towns) {
    town.slug = slugs.get(key)!;
    for (const result of town.results) {
      const { year, slug } = result.edition.data;
      const previous = editions.find((e) => e.data.slug === slug && e.data.year < year);
      if (!previous) continue;
      const before = town.results.find((r) => r.edition === previous);
      result.change = before ? before.row.rank - result.row.rank : 'new';
    }
  }
  return { towns: [...towns.values()], notes, conflicts: [...conflicts, ...clashes] };
}
