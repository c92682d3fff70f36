/**
 * A regular expression matching any of the given literal terms, longest first, so the longest term
 * wins where several start at one place.
 * @example 'a特色小镇'.match(termsPattern(['特色', '特色小镇'], 'u'))?.[0] // '特色小镇'
 */
export function termsPattern(terms: readonly string[], flags: string): RegExp {
  const sorted = [...new Set(terms)].sort((a, b) => b.length - a.length);
  return new RegExp(sorted.map((t) => t.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|'), flags);
}
