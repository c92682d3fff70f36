/**
 * Rows as CSV text that Excel opens with Chinese intact: a UTF-8 byte-order mark, CRLF line ends,
 * and cells holding a comma, quote or line break quoted.
 * @example toCsv([['排名', '镇'], [1, '甲,乙']]) // '\uFEFF排名,镇\r\n1,"甲,乙"\r\n'
 */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  const cell = (v: string | number) => {
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
