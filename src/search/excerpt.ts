/** A run of excerpt text; `mark` when it matched the query. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decode(html: string): string {
  return html.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Split a Pagefind excerpt (escaped text with `<mark>` around matches) into
 * plain-text parts, so the page can build it with text nodes and never assigns
 * HTML. Pagefind marks each segmented word on its own (`<mark>回</mark><mark>执</mark>`);
 * adjacent marks are joined so the reader sees one highlight.
 * @example excerptParts('会议<mark>回</mark><mark>执</mark>表') // [{text:'会议',mark:false},{text:'回执',mark:true},{text:'表',mark:false}]
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  for (const [i, chunk] of excerpt.split(/<\/?mark>/u).entries()) {
    // split alternates outside / inside <mark>…</mark>.
    const text = decode(chunk.replace(/<[^>]*>/gu, ''));
    if (!text) continue;
    const mark = i % 2 === 1;
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  }
  return parts;
}
