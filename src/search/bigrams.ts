/**
 * How the search page has Pagefind segment a Chinese query (through the build's hook,
 * src/search/segmenter-hook.ts).
 *
 * Pagefind 1.6 segments a query with the browser's dictionary (ICU), which splits what it does not
 * know into single characters: 特色小镇 → 特色 | 小 | 镇. A single character is one of the most
 * frequent words of the site, so the index chunk Pagefind downloads for it is large (镇: 122 KB at
 * 5,000 entries, against 8.8 KB for 小镇), and 小 and 镇 match anywhere on a page.
 *
 * But the index also holds every pair of adjacent characters of the text as a word, at the position
 * of the segment its first character is in (tests/e2e/search.test.ts checks this). So each single
 * character followed by another is looked up as that pair instead: 特色 | 小镇, 高永 | 永镇. In an
 * exact phrase ("…") the terms stay one per segment, in order, so Pagefind still finds them in a
 * row; elsewhere a single character the pair before already holds is left out (小 | 镇 → 小镇).
 */

const SINGLE_HAN = /^\p{Script=Han}$/u;
const HAN_START = /^\p{Script=Han}/u;

/** The browser's word segments of `text`, spaces and punctuation included. */
export function icuSegments(text: string): string[] {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return [...segmenter.segment(text)].map((s) => s.segment);
}

/** What Pagefind treats as an exact-phrase search (its own test, in pagefind.js). */
const EXACT = /^\s*".+"\s*$/u;
/** A segment that is a word (letters or digits), not a space or punctuation. */
export const WORDLIKE = /[\p{L}\p{N}]/u;

/**
 * Replace each single Chinese character that another follows with the pair of them. A single
 * character the pair before already holds is left out, unless `exact` and a word follows it: in an
 * exact phrase it keeps the place the words after it must line up with.
 * @example bigramChain(['特色', '小', '镇']) // ['特色', '小镇']
 * @example bigramChain(['营', '商', '环境']) // ['营商', '商环', '环境']
 * @example bigramChain(['新型', '城镇', '化']) // ['新型', '城镇', '化'] (nothing follows 化)
 * @example bigramChain(['小', '镇', ' ', 'GDP'], true) // ['小镇', '镇', ' ', 'GDP']
 */
export function bigramChain(segments: readonly string[], exact = false): string[] {
  const out: string[] = [];
  segments.forEach((segment, i) => {
    if (!SINGLE_HAN.test(segment)) out.push(segment);
    else if (HAN_START.test(segments[i + 1] ?? '')) out.push(segment + [...segments[i + 1]!][0]!);
    else if (!SINGLE_HAN.test(segments[i - 1] ?? '')) out.push(segment);
    else if (exact && segments.slice(i + 1).some((s) => WORDLIKE.test(s))) out.push(segment);
  });
  return out;
}

/**
 * The segments Pagefind searches for `text` (a quoted `text` is an exact phrase).
 * @example querySegments('特色小镇 政策') // ['特色', '小镇', ' ', '政策']
 */
export function querySegments(text: string): string[] {
  return bigramChain(icuSegments(text), EXACT.test(text));
}
