import { icuSegments, WORDLIKE } from './bigrams.ts';

const HAN = /\p{Script=Han}/u;

/**
 * The words of a query that a page must hold whole to count as a match. Pagefind's plain search
 * takes the query apart (into single characters, or pairs of them on the search page,
 * src/search/bigrams.ts), so a made-up query (阿斯顿发给qwerty) matches pages that have 阿斯 in one
 * place and 发给 in another; the browser's own dictionary segmenter (ICU) finds the words instead.
 * Single Chinese characters are left out (发 or 镇 alone says nothing), unless the reader typed
 * nothing else.
 * Which words ICU finds depends on its dictionary; the examples are what Node 24 (ICU 78) and Chromium 156 give.
 * @example queryWords('阿斯顿发给qwerty') // ['斯顿', 'qwerty']
 * @example queryWords('智能制造') // ['智能', '制造']
 * @example queryWords('特色小镇') // ['特色'] (ICU splits 小镇 into 小 | 镇)
 */
export function queryWords(text: string): string[] {
  const words = icuSegments(text)
    .filter((s) => WORDLIKE.test(s))
    .map((s) => s.toLowerCase())
    .filter((w) => !(HAN.test(w) && [...w].length < 2));
  return [...new Set(words)];
}
