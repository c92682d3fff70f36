/**
 * The one change the build makes to Pagefind's browser code (`pagefind/pagefind.js`): where it
 * creates the browser's word segmenter for a Chinese query, it first asks the page for one, under
 * `globalThis[SEGMENTER_HOOK]`. The search page supplies one that looks up pairs of characters
 * instead of single ones (src/search/bigrams.ts); any other page, Pagefind's default UI included,
 * sets nothing and gets Pagefind's segmenter unchanged.
 *
 * If a Pagefind upgrade changes that line, the build stops with the message below instead of
 * shipping a search page that silently downloads the large single-character chunks again.
 */

/** The global the search page sets: `(language) => { segment(text): Iterable<{ segment }> }`. */
export const SEGMENTER_HOOK = 'pagefindWordSegmenter';

/** What Pagefind 1.6 writes, exactly once, in `pagefind.js`. */
const PAGEFIND_LINE = 'new Intl.Segmenter(trueLanguage,{granularity:"word"})';

/**
 * `pagefind.js` with the hook in place. Throws, naming the file and the line it looked for, when
 * the line is missing or appears more than once.
 * @example hookSegmenter('a=new Intl.Segmenter(trueLanguage,{granularity:"word"})')
 * // 'a=(globalThis.pagefindWordSegmenter?.(trueLanguage)??new Intl.Segmenter(…))'
 */
export function hookSegmenter(source: string, file = 'pagefind/pagefind.js'): string {
  const count = source.split(PAGEFIND_LINE).length - 1;
  if (count !== 1) {
    throw new Error(
      `${file}: expected Pagefind's word segmenter \`${PAGEFIND_LINE}\` exactly once, found it ${count} times. ` +
        'Pagefind changed how it segments Chinese queries; update src/search/segmenter-hook.ts for the new version.',
    );
  }
  return source.replace(PAGEFIND_LINE, `(globalThis.${SEGMENTER_HOOK}?.(trueLanguage)??${PAGEFIND_LINE})`);
}
