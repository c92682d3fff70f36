/** Characters that may not begin a line in Chinese typesetting (避头点). */
const NO_LINE_START = new Set('，。、；：！？）】》」』”’…—·%,.;:!?)]}');

/**
 * Break text into at most `maxLines` lines no wider than `maxWidth`, for drawing on a canvas.
 * Chinese breaks between any two characters, Latin words and numbers stay whole, closing
 * punctuation never starts a line, and a cut-off last line ends in “…”.
 * @example wrapText('镇域新质力：绿色与智能驱动', 5, (s) => [...s].length, 2) // ['镇域新质力：', '绿色与智…']
 */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number, maxLines: number): string[] {
  const tokens =
    text
      .replace(/\s+/g, ' ')
      .trim()
      .match(/[A-Za-z0-9@#&'’\-_.:/]+|\s|./gsu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const candidate = line + token;
    if (line === '' || measure(candidate) <= maxWidth || NO_LINE_START.has(token[0]!)) {
      line = line === '' ? token.trimStart() : candidate;
      continue;
    }
    lines.push(line.trimEnd());
    if (lines.length === maxLines) {
      // Out of room: the last line gets an ellipsis in place of what no longer fits.
      let last = lines.pop()!;
      while (last && measure(`${last}…`) > maxWidth) last = [...last].slice(0, -1).join('');
      lines.push(`${last}…`);
      return lines;
    }
    line = token.trimStart();
  }
  if (line) lines.push(line);
  return lines;
}
