/**
 * Decap's entry search, able to find two-character Chinese words.
 *
 * Why: Decap searches with the `fuzzy` package and keeps results scoring above 5. fuzzy
 * scores consecutive matched characters 1, 3, 7…, so a two-character word (论坛, 评价,
 * 通知) scores at most 1 + 3 = 4 and is never found, while three characters score 11.
 * Chinese words are mostly two characters. This module stands in for `fuzzy` in the CMS
 * bundle (see `decapAliases`): the same functions, and an entry that contains the search
 * words as written gets SUBSTRING_BONUS on top, so it is found and listed first;
 * scattered matches score as before.
 */
import * as fuzzy from 'fuzzy/lib/fuzzy.js';

export const { test, match, simpleFilter } = fuzzy;

/** Enough to pass Decap's threshold (score > 5) with a single matching character. */
export const SUBSTRING_BONUS = 10;

/** fuzzy.filter, with the bonus for results that contain the pattern as it is. */
export function filter<T>(pattern: string, arr: T[], opts: fuzzy.FilterOptions<T> = {}): fuzzy.FilterResult<T>[] {
  const needle = pattern.toLowerCase();
  return fuzzy.filter(pattern, arr, opts).map((result) => {
    const text = opts.extract ? opts.extract(result.original) : String(result.original);
    return text.toLowerCase().includes(needle) ? { ...result, score: result.score + SUBSTRING_BONUS } : result;
  });
}

/** Decap's media library imports the package's default export. */
export default { test, match, simpleFilter, filter };
