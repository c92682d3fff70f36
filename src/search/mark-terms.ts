import type { ExcerptPart } from './excerpt.ts';
import { termsPattern } from './terms-pattern.ts';

/**
 * Mark every occurrence of the given terms in a text, longest term first, ignoring case: the reader
 * sees whole matched terms (特色小镇, 回执) and never a stray single character a longer term contains.
 * @example markTerms('特色小镇的镇区', ['特色小镇']) // [{text:'特色小镇',mark:true},{text:'的镇区',mark:false}]
 */
export function markTerms(text: string, terms: readonly string[]): ExcerptPart[] {
  const wanted = terms.filter(Boolean);
  if (wanted.length === 0) return text ? [{ text, mark: false }] : [];
  const parts: ExcerptPart[] = [];
  let at = 0;
  for (const match of text.matchAll(termsPattern(wanted, 'giu'))) {
    if (match.index > at) parts.push({ text: text.slice(at, match.index), mark: false });
    parts.push({ text: match[0], mark: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), mark: false });
  return parts;
}
