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

/** What else names a town under a slug of its own (a profile or a project of the library). */
export interface PlaceLike {
  id: string;
  /** Where it is kept, for messages: 招商项目、镇域产业档案. */
  kind: string;
  data: TownName & { townSlug: string };
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
 * Every town named by a published edition or a town story, under one slug each. A town `identify`
 * knows is its official division code, under its official names (the same town whether a row writes
 * 安吉县 or 湖州市安吉县, and never two towns of one name); one it does not know is its names. A story
 * without a code belongs to a ranked town when province and town match and its 市/县 ends with
 * the town's county (湖州市安吉县 ↔ 安吉县). A story's 镇的拼音 becomes its town's slug, so a town
 * has one page. `editions` newest first. `notes` are equal pinyin told apart (for the build log),
 * `conflicts` slugs editors gave two ways (the build stops on them). `places` (the library's profiles
 * and projects) only make sure their towns have a page, under the slug they give.
 * @example buildTownIndex([edition2025, edition2024], stories).towns[0] // { slug: 'zhejiang-anji-xiaofeng', results: [...], stories: [...] }
 */
export function buildTownIndex<E extends EditionLike, S extends StoryLike>(
  editions: readonly E[],
  stories: readonly S[],
  {
    places = [],
    identify = () => undefined,
  }: {
    /** The library's profiles and projects: they only make sure their towns have a page, under the slug they give. */
    places?: readonly PlaceLike[];
    /** A town's official names and division code, when it is an official town (src/divisions/). */
    identify?: (town: TownName) => (TownName & { code: string }) | undefined;
  } = {},
): { towns: TownRecord<E, S>[]; notes: string[]; conflicts: string[] } {
  const towns = new Map<string, TownRecord<E, S>>();
  const byProvinceTown = new Map<string, TownRecord<E, S>[]>();
  const conflicts: string[] = [];
  const chosen = new Map<string, string>();
  const keyOf = (t: TownName) => {
    const official = identify(t);
    return official ? `#${official.code}` : townKey(t);
  };
  // A town identified by its code goes by its official names (and so its slug), however a row writes it.
  const namesOf = (t: TownName): TownName => {
    const { province, county, town } = identify(t) ?? t;
    return { province, county, town };
  };
  const choose = (t: TownName, slug: string, where: string) => {
    const key = keyOf(t);
    const before = chosen.get(key);
    if (before !== undefined && before !== slug) {
      conflicts.push(
        `${where}把「${t.province}${t.county}${t.town}」的网址拼音定为 ${slug}，别处定为 ${before}；同一个镇只能用一个拼音`,
      );
    } else chosen.set(key, slug);
  };

  for (const edition of editions) {
    for (const row of edition.rows) {
      const key = keyOf(row);
      let town = towns.get(key);
      if (!town) {
        town = { ...namesOf(row), slug: '', results: [], stories: [] };
        towns.set(key, town);
        const pt = `${town.province}|${town.town}`;
        byProvinceTown.set(pt, [...(byProvinceTown.get(pt) ?? []), town]);
      }
      town.results.push({ edition, row });
    }
    for (const s of edition.data.townSlugs ?? []) choose(s, s.slug, `榜单 ${edition.id} `);
  }

  for (const story of stories) {
    const { province, city, town: name, townSlug } = story.data;
    const named = { province, county: city, town: name };
    const ranked = identify(named)
      ? undefined
      : (byProvinceTown.get(`${province}|${name}`) ?? []).find((t) => city.endsWith(t.county));
    const key = keyOf(ranked ?? named);
    let town = towns.get(key);
    if (!town) {
      town = { ...namesOf(named), slug: '', results: [], stories: [] };
      towns.set(key, town);
    }
    town.stories.push(story);
    choose(town, townSlug, `镇域故事 ${story.id} `);
  }

  for (const place of places) {
    const key = keyOf(place.data);
    if (!towns.has(key)) towns.set(key, { ...namesOf(place.data), slug: '', results: [], stories: [] });
    choose(place.data, place.data.townSlug, `${place.kind} ${place.id} `);
  }

  // A slug for a town on no list is dropped.
  const byNames = new Map([...chosen].map(([key, slug]) => [towns.has(key) ? townKey(towns.get(key)!) : key, slug]));
  const { slugs, notes, conflicts: clashes } = assignTownSlugs([...towns.values()], byNames);
  for (const town of towns.values()) {
    town.slug = slugs.get(townKey(town))!;
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
