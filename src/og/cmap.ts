/**
 * Which characters a TrueType/OpenType font can draw, read from its `cmap` table.
 *
 * satori silently draws an empty box for a character its fonts lack, so the share-card
 * build checks every title against this first. Only the two Unicode subtable formats real
 * CJK fonts use are read: 12 (full Unicode, preferred) and 4 (BMP only).
 */
export interface Coverage {
  has(codePoint: number): boolean;
}

/**
 * Read the character coverage of a font file.
 * @example fontCoverage(readFileSync('NotoSansSC_400Regular.ttf')).has(0x4e2d) // true ('中')
 */
export function fontCoverage(font: Uint8Array): Coverage {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const numTables = view.getUint16(4);
  let cmap = -1;
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + i * 16;
    if (String.fromCharCode(...font.subarray(rec, rec + 4)) === 'cmap') cmap = view.getUint32(rec + 8);
  }
  if (cmap < 0) throw new Error('font has no cmap table');

  // Pick the best Unicode subtable: format 12 over format 4.
  let best = -1;
  let bestFormat = 0;
  const numSubtables = view.getUint16(cmap + 2);
  for (let i = 0; i < numSubtables; i++) {
    const rec = cmap + 4 + i * 8;
    const platform = view.getUint16(rec);
    const offset = cmap + view.getUint32(rec + 4);
    const format = view.getUint16(offset);
    const unicode = platform === 0 || (platform === 3 && [1, 10].includes(view.getUint16(rec + 2)));
    if (unicode && (format === 12 || (format === 4 && bestFormat !== 12))) {
      best = offset;
      bestFormat = format;
    }
  }
  if (best < 0) throw new Error('font has no Unicode cmap subtable of format 4 or 12');

  const bits = new Uint8Array(0x110000 >> 3);
  const set = (from: number, to: number) => {
    for (let c = from; c <= to && c < 0x110000; c++) bits[c >> 3]! |= 1 << (c & 7);
  };
  if (bestFormat === 12) {
    const groups = view.getUint32(best + 12);
    for (let g = 0; g < groups; g++) {
      const at = best + 16 + g * 12;
      if (view.getUint32(at + 8) !== 0) set(view.getUint32(at), view.getUint32(at + 4));
      else set(view.getUint32(at) + 1, view.getUint32(at + 4)); // the first code maps to .notdef
    }
  } else {
    const segX2 = view.getUint16(best + 6);
    const ends = best + 14;
    const starts = ends + segX2 + 2;
    const deltas = starts + segX2;
    const rangeOffsets = deltas + segX2;
    for (let s = 0; s < segX2; s += 2) {
      const start = view.getUint16(starts + s);
      const end = view.getUint16(ends + s);
      const delta = view.getUint16(deltas + s);
      const rangeOffset = view.getUint16(rangeOffsets + s);
      for (let c = start; c <= end && c !== 0xffff; c++) {
        let glyph: number;
        if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
        else {
          const at = rangeOffsets + s + rangeOffset + (c - start) * 2;
          glyph = view.getUint16(at);
          if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
        }
        if (glyph !== 0) set(c, c);
      }
    }
  }
  return { has: (cp) => cp >= 0 && cp < 0x110000 && (bits[cp >> 3]! & (1 << (cp & 7))) !== 0 };
}

/** Characters that are never drawn, so never need a glyph: spaces, joiners, variation selectors. */
const INVISIBLE = /[\s\u200b-\u200f\u2060\ufe00-\ufe0f\ufeff]|[\u{e0100}-\u{e01ef}]/u;

/**
 * The distinct characters of `text` the font cannot draw, in order of appearance.
 * @example missingGlyphs('工业𠀀小镇', coverage) // ['𠀀']
 */
export function missingGlyphs(text: string, coverage: Coverage): string[] {
  const missing = new Set<string>();
  for (const ch of text) {
    if (!INVISIBLE.test(ch) && !coverage.has(ch.codePointAt(0)!)) missing.add(ch);
  }
  return [...missing];
}
