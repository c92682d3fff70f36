/**
 * The start of a Markdown body as plain text, for the cards of the CMS workflow board,
 * which showed the raw Markdown (`## 邀请函 各有关单位：`, `[参会回执表](/toolkits/…)`).
 * Only the marks an editor sees in our bodies are removed: headings, emphasis, links and
 * images (their alt text stays), lists, quotes, code, tables and inline HTML; a script or
 * style element goes with its content, and an HTML comment whole.
 * @example plainExcerpt('## 邀请函\n\n各有关单位：见[回执表](/toolkits/a/)。') // '邀请函 各有关单位：见回执表。'
 */
export function plainExcerpt(markdown: unknown, length = 120): string {
  if (typeof markdown !== 'string') return '';
  const text = markdown
    .replace(/<(script|style)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ')
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/gm, '')
    .replace(/^\s*(?:\|?\s*:?-{3,}:?\s*)+\|?\s*$/gm, ' ')
    .replace(/[|]/g, ' ')
    .replace(/(\*\*|__|\*|_|~~|`+)(\S[\s\S]*?)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > length ? `${text.slice(0, length)}…` : text;
}
