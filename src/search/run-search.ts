import { analyzeQuery } from './query.ts';
import { queryWords } from './words.ts';
import { byDate, phraseFirst, type Tiers } from './merge.ts';
import { pagefindFilters, type SearchState } from './params.ts';
import type { PagefindApi, PagefindResult } from './pagefind-api.ts';

export interface SearchOutcome extends Tiers<PagefindResult> {
  /** The exact phrases looked up (empty for a filter-only search). */
  phrases: string[];
  /** Whether the results are newest first. */
  byDate: boolean;
}

/**
 * Run one search the way the page shows it: Pagefind's plain search, one
 * exact-phrase search per Chinese term (pages holding them all come first),
 * and, for date order, a date-sorted run that places the dated pages.
 * The wider results must hold every word of the query whole (src/search/words.ts),
 * looked up as phrases too: Pagefind alone would answer a made-up query with pages
 * that share one character with it.
 * With no words, only the filters apply and results are newest first.
 */
export async function runSearch(pagefind: PagefindApi, state: SearchState): Promise<SearchOutcome> {
  const query = analyzeQuery(state.q);
  const filters = pagefindFilters(state);
  const term = query.plain || null;
  const newestFirst = state.sort === 'date' || term === null;
  const words = queryWords(query.plain);
  const lookups = [...new Set([...query.phrases, ...words])];
  const [plain, dated, ...runs] = await Promise.all([
    pagefind.search(term, { filters }),
    newestFirst ? pagefind.search(term, { filters, sort: { date: 'desc' } }) : undefined,
    // A single quoted phrase per search: Pagefind does not combine several.
    ...lookups.map((p) => pagefind.search(`"${p.replaceAll('"', '')}"`, { filters })),
  ]);
  const found = new Map(lookups.map((p, i) => [p, runs[i]?.results ?? []]));
  const tiers = phraseFirst(
    plain.results,
    query.phrases.map((p) => found.get(p) ?? []),
  );
  const wordRuns = words.map((w) => new Set((found.get(w) ?? []).map((r) => r.id)));
  tiers.wider = tiers.wider.filter((r) => wordRuns.every((ids) => ids.has(r.id)));
  if (dated) {
    const order = dated.results.map((r) => r.id);
    tiers.exact = byDate(tiers.exact, order);
    tiers.wider = byDate(tiers.wider, order);
  }
  return { ...tiers, phrases: query.phrases, byDate: newestFirst };
}
