const SENTENCE_END = /[。！？；!?;\n]/u;
const CLAUSE_END = /[，、：,:]/u;

/** Index just after the nearest boundary before `index`, no further back than `limit`, or -1. */
function boundaryBefore(text: string, index: number, limit: number, boundary: RegExp): number {
  for (let i = index - 1; i >= Math.max(0, limit); i--) if (boundary.test(text[i]!)) return i + 1;
  return -1;
}

/** Index of the word boundary at or after `index` (ICU segments, so Chinese words are not cut). */
function wordStart(text: string, index: number): number {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  for (const s of segmenter.segment(text)) if (s.index >= index) return s.index;
  return text.length;
}

/**
 * Pagefind joins a page's blocks (title, headings, paragraphs, list items) into one text, with ". "
 * after a block that has no closing punctuation of its own; it also keeps the zero-width spaces it
 * segmented Chinese with.
 */
const BLOCK_JOIN = /(?<=\S)\.\s+/u;

/**
 * The block of a page's text to take the excerpt from: one that holds `term` and is long enough to
 * say something (a paragraph, not the title above it), else the longest that holds it.
 */
function blockWith(blocks: readonly string[], term: string, length: number): string | undefined {
  const holding = blocks.filter((b) => b.toLowerCase().includes(term.toLowerCase()));
  return holding.find((b) => [...b].length >= length / 4) ?? holding.sort((a, b) => b.length - a.length)[0];
}

/**
 * A result's excerpt from the page's full text: one block of the page (never two joined with ". "),
 * around the first place a term occurs (longest term first), starting at the beginning of its
 * sentence when that is close, else at a clause or word boundary, and ending at a sentence end or
 * word boundary. `…` marks text left out on either side.
 * @example excerptAround('前言。本镇发展特色小镇产业，成效明显。', ['特色小镇'], 12) // '…本镇发展特色小镇…'
 * @example excerptAround('测试甲镇. 浙江省测试县测试甲镇. 同县的其他镇', ['测试甲镇']) // '浙江省测试县测试甲镇'
 */
export function excerptAround(content: string, terms: readonly string[], length = 80): string {
  const blocks = content
    .replace(/\u200b/gu, '')
    .split(BLOCK_JOIN)
    .map((b) => b.replace(/\s+/gu, ' ').trim())
    .filter(Boolean);
  const sorted = [...terms].filter(Boolean).sort((a, b) => b.length - a.length);
  const term = sorted.find((t) => blocks.some((b) => b.toLowerCase().includes(t.toLowerCase())));
  const text = (term && blockWith(blocks, term, length)) || blocks[0] || '';
  const found = term ? text.toLowerCase().indexOf(term.toLowerCase()) : 0;
  const lead = Math.floor(length / 2);
  let start = 0;
  if (found > lead) {
    // The sentence's own start if it lies close enough before the match, else its clause's, else a word.
    const sentence = boundaryBefore(text, found, found - lead, SENTENCE_END);
    const clause = boundaryBefore(text, found, found - lead, CLAUSE_END);
    start = sentence >= 0 ? sentence : clause >= 0 ? clause : wordStart(text, found - Math.floor(length / 3));
  }
  // A clause boundary may leave a closing bracket or quote in front: start after it.
  while (start < found && /[\s）」』”’)\]]/u.test(text[start]!)) start++;
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    let cut = -1;
    for (let i = end - 1; i > start + lead; i--) {
      if (SENTENCE_END.test(text[i]!)) {
        cut = i + 1;
        break;
      }
    }
    end = cut >= 0 ? cut : Math.max(found + 1, wordStart(text, end - 4));
  }
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}
