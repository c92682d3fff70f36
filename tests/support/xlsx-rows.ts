import ExcelJS from 'exceljs';

/** A cell's value as text; rich-text and formula cells (objects) are shown whole. */
function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return String(v);
  return JSON.stringify(v);
}

/**
 * The first sheet of an .xlsx as rows of cell texts (merged cells repeat their value, as exceljs
 * reads them), so tests can compare a generated form with what was typed.
 */
export async function xlsxRows(source: string | Uint8Array): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  if (typeof source === 'string') await wb.xlsx.readFile(source);
  else await wb.xlsx.load(source.buffer as ArrayBuffer);
  const rows: string[][] = [];
  wb.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map(cellText)));
  return rows;
}
