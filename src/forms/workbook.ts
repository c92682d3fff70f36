/**
 * The Excel file of a form, laid out like the paper table in the invitation: a title row,
 * each plain section as label/answer rows (section name in the first column), each repeatable
 * section (参会人员) as a table with one row per person, then the notes printed under the table.
 *
 * The same function makes the blank download (at build time, no values) and the reader's filled
 * file (in the browser, loaded only when the reader asks for the file).
 */
import ExcelJS from 'exceljs';
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

const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * Build the workbook and return the .xlsx bytes.
 * @example await formWorkbook({ title: '镇域发展问卷', sections: def.sections }) // blank questionnaire
 */
export async function formWorkbook(input: WorkbookInput): Promise<Uint8Array> {
  const { sections, values, notes = [] } = input;
  const columns = Math.max(3, ...sections.filter((s) => s.repeat).map((s) => s.fields.length));
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(0);
  const ws = wb.addWorksheet(input.title.replace(/[[\]:*?/\\]/g, '').slice(0, 31), {
    pageSetup: {
      paperSize: 9,
      orientation: columns > 4 ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  const widths: number[] = Array.from({ length: columns }, (_, i) => (i === 0 ? 14 : i === 1 ? 16 : 10));
  const widen = (col: number, text: string) => {
    widths[col - 1] = Math.min(40, Math.max(widths[col - 1]!, textWidth(text) + 2));
  };

  const title = ws.addRow([input.title]);
  ws.mergeCells(title.number, 1, title.number, columns);
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  title.height = 28;

  sections.forEach((section, s) => {
    if (section.repeat) {
      const header = ws.addRow(section.fields.map((f) => f.label));
      header.font = { bold: true };
      section.fields.forEach((f, i) => widen(i + 1, f.label));
      const rows = values ? (values[s] ?? []) : Array.from({ length: section.blankRows ?? 3 }, () => undefined);
      for (const row of rows) {
        const cells = section.fields.map((f) => (row ? cellValue(f, row[f.key]) : blankChoice(f)));
        ws.addRow(cells);
        cells.forEach((cell, i) => widen(i + 1, String(cell)));
      }
      if (section.fields.length < columns) {
        for (let r = header.number; r <= ws.lastRow!.number; r++) ws.mergeCells(r, section.fields.length, r, columns);
      }
      return;
    }
    const row = values?.[s]?.[0];
    const first = ws.rowCount + 1;
    const numbered = Boolean(section.number);
    const heading = [section.number, section.title].filter(Boolean).join(' ');
    section.fields.forEach((field) => {
      const label = numbered && field.hint ? `${field.label}\n（${field.hint}）` : field.label;
      const added = ws.addRow([heading, label, row ? cellValue(field, row[field.key]) : blankChoice(field)]);
      if (columns > 3) ws.mergeCells(added.number, 3, added.number, columns);
      widen(2, field.label);
    });
    ws.mergeCells(first, 1, ws.rowCount, 1);
    if (numbered && section.hint) ws.getCell(first, 1).value = `${heading}\n（${section.hint}）`;
    ws.getCell(first, 1).font = { bold: true };
  });

  const tableEnd = ws.rowCount;
  for (let r = 2; r <= tableEnd; r++) {
    ws.getRow(r).eachCell({ includeEmpty: true }, (cell) => {
      cell.border = BORDER;
      cell.alignment = { vertical: 'middle', wrapText: true };
    });
  }
  if (columns === 3) widths[2] = 48;
  widths.forEach((width, i) => (ws.getColumn(i + 1).width = width));

  for (const note of notes) {
    const added = ws.addRow([note]);
    ws.mergeCells(added.number, 1, added.number, columns);
    added.alignment = { wrapText: true, vertical: 'top' };
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
