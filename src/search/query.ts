/** A reader's query, split into what Pagefind is asked. */
export interface SearchQuery {
  /** The query as shown back to the reader: trimmed, spaces collapsed. */
  text: string;
  /** Every term, quotes removed, for Pagefind's ordinary (segmented, AND) search. */
  plain: string;
  /** The terms as the reader typed them: each word, and each quoted phrase whole. */
  terms: string[];
  /**
   * Terms to look up again as exact phrases. Pagefind segments Chinese, so
   * 特色小镇 also matches pages where 特色 and 小镇 stand apart; the pages that
   * hold each of these strings unbroken are listed first.
   */
  phrases: string[];
}

const HAN = /\p{Script=Han}/u;

/**
 * Split a query into Pagefind's plain search and the exact phrases behind it.
 * A term becomes a phrase when it holds a Chinese character and is at least two
 * characters long (a single character has nothing to keep together); text the
 * reader put in quotes is one phrase even with spaces inside.
 * @example analyzeQuery('特色小镇 GDP') // { text: '特色小镇 GDP', plain: '特色小镇 GDP', terms: ['特色小镇', 'GDP'], phrases: ['特色小镇'] }
 * @example analyzeQuery('“工业 旅游”') // { text: '“工业 旅游”', plain: '工业 旅游', terms: ['工业 旅游'], phrases: ['工业 旅游'] }
 */
export function analyzeQuery(raw: string): SearchQuery {
  // Full-width spaces are common in Chinese input; 「」 and curly quotes count as quotes.
  const text = raw.replace(/[\s\u3000]+/gu, ' ').trim();
  const phrases: string[] = [];
  const terms: string[] = [];
  for (const match of text.matchAll(/["“”「」『』]([^"“”「」『』]*)["“”「」『』]?|([^\s"“”「」『』]+)/gu)) {
    const quoted = match[1]?.trim();
    const word = match[2];
    if (quoted) {
      terms.push(quoted);
      if ([...quoted].length >= 2) phrases.push(quoted);
    } else if (word) {
      terms.push(word);
      if (HAN.test(word) && [...word].length >= 2) phrases.push(word);
    }
  }
  return { text, plain: terms.join(' '), terms: [...new Set(terms)], phrases: [...new Set(phrases)] };
}
