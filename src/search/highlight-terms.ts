import { excerptParts } from './excerpt.ts';
import { analyzeQuery } from './query.ts';
import { termsPattern } from './terms-pattern.ts';
import { queryWords } from './words.ts';

/**
 * What to highlight in a result: the terms as the reader typed them, the words inside them, and the
 * runs Pagefind matched that are at least two characters of the query (小镇 of 特色小镇). A single
 * character Pagefind matched alone (镇, 发) is not highlighted unless the reader searched for just it.
 * @example highlightTerms('特色小镇', '…<mark>小</mark><mark>镇</mark>…<mark>镇</mark>…') // ['特色小镇', '特色', '小镇']
 */
export function highlightTerms(query: string, pagefindExcerpt: string): string[] {
  const { plain } = analyzeQuery(query);
  const typed = plain.toLowerCase().split(' ').filter(Boolean);
  const compact = typed.join('');
  const matched = excerptParts(pagefindExcerpt)
    .filter((p) => p.mark && [...p.text].length >= 2 && compact.includes(p.text.toLowerCase()))
    .map((p) => p.text.toLowerCase());
  const words = queryWords(plain);
  // What the dictionary does not know is left between its words: 小镇 in 特色小镇.
  const between = words.length ? typed.flatMap((t) => t.split(termsPattern(words, 'u'))) : [];
  const rest = between.filter((piece) => [...piece].length >= 2);
  return [...new Set([...typed, ...words, ...rest, ...matched])];
}
