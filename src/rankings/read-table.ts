import type ExcelJS from 'exceljs';
import type { FieldProblem } from '../lib/content-problem.ts';
import { RANKING_SHEET } from '../schemas/ranking.ts';
import type { Cell } from './check-rows.ts';
import { parseCsv } from './parse-csv.ts';

/** What an exceljs cell holds, reduced to text or a number (formulas give their last result). */
function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return cellOf(value.result);
  if ('text' in value) return cellOf(value.text);
  if ('error' in value) return String(value.error);
  return null;
}

/** CSV bytes as text: UTF-8 (with or without BOM), else GB18030, what Excel on Chinese Windows writes. */
function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

const NOT_A_WORKBOOK =
  '不是 Excel 工作簿（.xlsx）；请在 Excel 或 WPS 中用「另存为 → Excel 工作簿（*.xlsx）」保存后重新上传';

/**
 * The cells of a data file, row by row: an .xlsx workbook (the sheet named 排名, or its only sheet)
 * or a CSV file. A file that cannot be read gives a problem instead.
 * @example await readTable(bytes, 'a.csv') // { table: [['排名', '镇', …], …] }
 */
export async function readTable(
  bytes: Uint8Array,
  fileName: string,
): Promise<{ table: Cell[][] } | { problem: FieldProblem }> {
  const problem = (message: string) => ({ problem: { field: '数据文件', message } });
  if (fileName.endsWith('.csv')) return { table: parseCsv(decodeCsv(bytes)) };
  if (!fileName.endsWith('.xlsx')) return problem('应为 .xlsx 或 .csv 文件');
  // Old binary .xls files start with the OLE signature; exceljs reads only .xlsx (a zip).
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf) return problem(`是旧版 .xls 格式，${NOT_A_WORKBOOK}`);
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return problem(NOT_A_WORKBOOK);
  // Loaded only for a workbook: exceljs takes a third of a second to load, and every build
  // reads this module (the content check) whether or not any ranking comes as .xlsx.
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    return problem(NOT_A_WORKBOOK);
  }
  const sheets = wb.worksheets;
  const sheet = sheets.find((s) => s.name.trim() === RANKING_SHEET) ?? (sheets.length === 1 ? sheets[0] : undefined);
  if (!sheet) {
    return problem(
      sheets.length === 0
        ? '工作簿里没有工作表'
        : `工作簿里没有名为「${RANKING_SHEET}」的工作表（现有：${sheets.map((s) => s.name).join('、')}）；名单应放在「${RANKING_SHEET}」工作表中`,
    );
  }
  const table: Cell[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: Cell[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellOf(row.getCell(c).value));
    table.push(cells);
  }
  return { table };
}
