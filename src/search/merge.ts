/** One Pagefind result, as far as ordering is concerned. */
export interface Ranked {
  id: string;
}

/** Results in two tiers: pages holding every exact phrase, then the wider matches. */
export interface Tiers<T extends Ranked> {
  exact: T[];
  wider: T[];
}

/**
 * Put the pages that contain every exact phrase first, then the rest of the
 * plain (segmented) search. `phraseRuns` holds one Pagefind result list per
 * phrase of the query; a page is exact when it is in all of them. Exact pages
 * keep the plain search's order (relevance or date); pages that only the
 * phrase search found follow in phrase order. Exact pages are taken from the
 * first phrase run, whose excerpt is centred on the whole phrase rather than
 * on its first fragment. With no phrases, all results are "wider".
 * @example phraseFirst([{id:'a'},{id:'b'}], [[{id:'b'}]]) // { exact: [{id:'b'}], wider: [{id:'a'}] }
 */
export function phraseFirst<T extends Ranked>(plain: readonly T[], phraseRuns: readonly (readonly T[])[]): Tiers<T> {
  const [first, ...rest] = phraseRuns;
  if (!first) return { exact: [], wider: [...plain] };
  const exactById = new Map(
    first.filter((r) => rest.every((run) => run.some((o) => o.id === r.id))).map((r) => [r.id, r] as const),
  );
  const order = [...plain.map((r) => r.id), ...first.map((r) => r.id)];
  const exact = [...new Set(order)].flatMap((id) => exactById.get(id) ?? []);
  return { exact, wider: plain.filter((r) => !exactById.has(r.id)) };
}

/**
 * Order results newest first. Pagefind's date sort drops pages that have no
 * date (research not yet released, toolkits, standalone pages), so `dated` is
 * the date-sorted run and the undated pages follow in their original order.
 * @example byDate([{id:'a'},{id:'b'},{id:'c'}], ['c','a']) // [{id:'c'},{id:'a'},{id:'b'}]
 */
export function byDate<T extends Ranked>(results: readonly T[], dated: readonly string[]): T[] {
  const rank = new Map(dated.map((id, i) => [id, i]));
  const undated = rank.size;
  return results
    .map((r, i) => ({ r, key: rank.get(r.id) ?? undated + i }))
    .sort((a, b) => a.key - b.key)
    .map(({ r }) => r);
}
