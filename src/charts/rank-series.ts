/** What a rank series needs of a town's result in one edition. */
export interface SeriesResult {
  edition: { id: string; data: { year: number; slug: string; title: string } };
  row: { rank: number };
}

/** One list's editions for one town, oldest first: ranks of one list are comparable, of two lists not. */
export interface RankSeries<R extends SeriesResult> {
  /** The list's pinyin short name (500-qiang): the same for every year of the list. */
  slug: string;
  /** The newest edition's title. */
  title: string;
  results: R[];
}

/**
 * A town's results split by list (an edition's 榜单的拼音简称), each oldest first; the list of the
 * town's newest result first.
 * @example rankSeries(town.results).map((s) => s.results.map((r) => r.edition.data.year)) // [[2024, 2025]]
 */
export function rankSeries<R extends SeriesResult>(results: readonly R[]): RankSeries<R>[] {
  const lists = new Map<string, R[]>();
  const newestFirst = [...results].sort((a, b) => b.edition.data.year - a.edition.data.year);
  for (const r of newestFirst) lists.set(r.edition.data.slug, [...(lists.get(r.edition.data.slug) ?? []), r]);
  return [...lists].map(([slug, rs]) => ({ slug, title: rs[0]!.edition.data.title, results: rs.reverse() }));
}
