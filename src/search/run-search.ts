import { analyzeQuery } from './query.ts';
import { queryWords } from './words.ts';
import { byDate, phraseFirst, type Tiers } from './merge.ts';
import { pagefindFilters, type SearchChoices, type SearchState } from './params.ts';
import type { PagefindApi, PagefindResult } from './pagefind-api.ts';

export interface SearchOutcome extends Tiers<PagefindResult> {
  /** The exact phrases looked up (empty for a filter-only search). */
  phrases: string[];
  /** Whether the results are newest first. */
  byDate: boolean;
}

/** The dated pages' result ids, newest first (`/pagefind/date-order.json`, src/search/date-order.ts). */
export type LoadDateOrder = () => Promise<readonly string[]>;

/**
 * Run one search the way the page shows it: Pagefind's plain search, one
 * exact-phrase search per Chinese term (pages holding them all come first),
 * and, for date order, the build's newest-first list, fetched only then.
 * The wider results must hold every word of the query whole (src/search/words.ts),
 * looked up as phrases too: Pagefind alone would answer a made-up query with pages
 * that share a character or two with it here and there.
 * With no words, only the filters apply and results are newest first.
 */
export async function runSearch(
  pagefind: PagefindApi,
  state: SearchState,
  page: { choices: SearchChoices; loadDateOrder: LoadDateOrder },
): Promise<SearchOutcome> {
  const { loadDateOrder } = page;
  const query = analyzeQuery(state.q);
  const filters = pagefindFilters(state, page.choices);
  const term = query.plain || null;
  const newestFirst = state.sort === 'date' || term === null;
  const words = queryWords(query.plain);
  const lookups = [...new Set([...query.phrases, ...words])];
  const [plain, dated, runs] = await Promise.all([
    pagefind.search(term, { filters }),
    newestFirst ? loadDateOrder() : undefined,
    // A single quoted phrase per search: Pagefind does not combine several.
    Promise.all(lookups.map((p) => pagefind.search(`"${p.replaceAll('"', '')}"`, { filters }))),
  ]);
  const found = new Map(lookups.map((p, i) => [p, runs[i]?.results ?? []]));
  const tiers = phraseFirst(
    plain.results,
    query.phrases.map((p) => found.get(p) ?? []),
  );
  const wordRuns = words.map((w) => new Set((found.get(w) ?? []).map((r) => r.id)));
  tiers.wider = tiers.wider.filter((r) => wordRuns.every((ids) => ids.has(r.id)));
  if (dated) {
    tiers.exact = byDate(tiers.exact, dated);
    tiers.wider = byDate(tiers.wider, dated);
  }
  return { ...tiers, phrases: query.phrases, byDate: newestFirst };
}
