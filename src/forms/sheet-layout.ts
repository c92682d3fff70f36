/**
 * The layout of a form's Excel sheet, laid out like the paper table in the invitation: a title row,
 * each plain section as label/answer rows (section name in the first column), each repeatable
 * section (参会人员) as a table with one row per person, then the notes printed under the table.
 * Pure data: src/forms/xlsx-file.ts writes it as .xlsx bytes.
 */
import type { FormDef, FormField } from '../schemas/form.ts';
import type { FormValues } from './values.ts';

export interface WorkbookInput {
  /** Title row, e.g. 第二届新型城镇化与工业小镇高质量发展论坛参会回执表. */
  title: string;
  sections: FormDef['sections'];
  /** What the reader typed; absent for the blank form. */
  values?: FormValues | undefined;
  /** Lines printed under the table: meeting dates, hotel, fee, where to send it. */
  notes?: readonly string[] | undefined;
}

/** title: bold 14 pt, centred; head: bold, bordered; cell: bordered; note: wrapped, top-aligned. */
export type CellStyle = 'title' | 'head' | 'cell' | 'note';

export interface SheetCell {
  value: string | number;
  style: CellStyle;
}

export interface SheetLayout {
  /** Worksheet name: at most 31 characters, none of []:*?/\. */
  name: string;
  /** Rows from the first, each from column A; every table row is filled to the last column. */
  rows: SheetCell[][];
  /** Merged ranges, 1-based [firstRow, firstColumn, lastRow, lastColumn]. */
  merges: [number, number, number, number][];
  /** Row heights in points, by 1-based row number. */
  heights: Record<number, number>;
  /** Column widths in Excel character units. */
  widths: number[];
  /** Printed landscape (wide tables) on A4, scaled to one page wide. */
  landscape: boolean;
}

/** Width in Excel character units: a Chinese character counts as two. */
function textWidth(text: string): number {
  return Math.max(
    0,
    ...text.split('\n').map((line) => [...line].reduce((n, c) => n + (c.charCodeAt(0) > 0xff ? 2 : 1), 0)),
  );
}

/** A blank choice as on the paper form: 标间 □　大床 □. */
function blankChoice(field: FormField): string {
  return field.kind === '单选' ? (field.options ?? []).map((o) => `${o} □`).join('　') : '';
}

function cellValue(field: FormField, value: string | undefined): string | number {
  const v = (value ?? '').trim();
  return field.kind === '数字' && /^\d+$/.test(v) ? Number(v) : v;
}

/**
 * Lay out a form as one sheet.
 * @example formSheet({ title: '镇域发展问卷', sections: def.sections }).rows[0] // [{ value: '镇域发展问卷', style: 'title' }, …]
 */
export function formSheet(input: WorkbookInput): SheetLayout {
  const { sections, values, notes = [] } = input;
  const columns = Math.max(3, ...sections.filter((s) => s.repeat).map((s) => s.fields.length));
  const rows: SheetCell[][] = [];
  const merges: SheetLayout['merges'] = [];
  const merge = (r1: number, c1: number, r2: number, c2: number) => {
    if (r1 !== r2 || c1 !== c2) merges.push([r1, c1, r2, c2]);
  };
  const widths: number[] = Array.from({ length: columns }, (_, i) => (i === 0 ? 14 : i === 1 ? 16 : 10));
  const widen = (col: number, text: string) => {
    widths[col - 1] = Math.min(40, Math.max(widths[col - 1]!, textWidth(text) + 2));
  };
  /** A table row, filled with bordered empty cells to the last column. */
  const tableRow = (cells: (string | number)[], style: CellStyle = 'cell'): number => {
    rows.push(Array.from({ length: columns }, (_, i) => ({ value: cells[i] ?? '', style })));
    return rows.length;
  };

  rows.push(Array.from({ length: columns }, (_, i) => ({ value: i === 0 ? input.title : '', style: 'title' })));
  merge(1, 1, 1, columns);

  sections.forEach((section, s) => {
    if (section.repeat) {
      const header = tableRow(
        section.fields.map((f) => f.label),
        'head',
      );
      section.fields.forEach((f, i) => widen(i + 1, f.label));
      const entries = values ? (values[s] ?? []) : Array.from({ length: section.blankRows ?? 3 }, () => undefined);
      for (const row of entries) {
        const cells = section.fields.map((f) => (row ? cellValue(f, row[f.key]) : blankChoice(f)));
        tableRow(cells);
        cells.forEach((cell, i) => widen(i + 1, String(cell)));
      }
      if (section.fields.length < columns) {
        for (let r = header; r <= rows.length; r++) merge(r, section.fields.length, r, columns);
      }
      return;
    }
    const row = values?.[s]?.[0];
    const first = rows.length + 1;
    const numbered = Boolean(section.number);
    const heading = [section.number, section.title].filter(Boolean).join(' ');
    section.fields.forEach((field) => {
      const label = numbered && field.hint ? `${field.label}\n（${field.hint}）` : field.label;
      const added = tableRow([heading, label, row ? cellValue(field, row[field.key]) : blankChoice(field)]);
      if (columns > 3) merge(added, 3, added, columns);
      widen(2, field.label);
    });
    merge(first, 1, rows.length, 1);
    // The section's name spans its rows in bold, as one merged cell.
    for (let r = first; r <= rows.length; r++) rows[r - 1]![0]!.style = 'head';
    if (numbered && section.hint) rows[first - 1]![0]!.value = `${heading}\n（${section.hint}）`;
  });

  if (columns === 3) widths[2] = 48;
  for (const note of notes) {
    rows.push(Array.from({ length: columns }, (_, i) => ({ value: i === 0 ? note : '', style: 'note' })));
    merge(rows.length, 1, rows.length, columns);
  }
  return {
    name: input.title.replace(/[[\]:*?/\\]/g, '').slice(0, 31),
    rows,
    merges,
    heights: { 1: 28 },
    widths,
    landscape: columns > 4,
  };
}
