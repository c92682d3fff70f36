import ExcelJS from 'exceljs';
import { RANKING_SHEET, type RankingRow } from '../schemas/ranking.ts';
import { cellValue, rankingColumns } from './columns.ts';

const fixedColumns = rankingColumns();

/** The cells of a row in column order, as the data file and the downloads hold them. */
export function rowCells(row: RankingRow): (string | number)[] {
  return [...fixedColumns.map((c) => cellValue(row, c)), ...row.indicators];
}

/**
 * An edition as an .xlsx workbook with one sheet named 排名: the header row from the content
 * definition, then one row per town. Without rows it is the blank template editors fill in,
 * which the build reads back unchanged.
 * @example await editionWorkbook(['经济发展质量']) // blank template
 */
export async function editionWorkbook(
  indicators: readonly string[],
  rows: readonly RankingRow[] = [],
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  // A fixed date keeps the file identical from build to build.
  wb.created = new Date(0);
  wb.modified = new Date(0);
  const ws = wb.addWorksheet(RANKING_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  const columns = rankingColumns(indicators);
  ws.columns = columns.map((c) => ({ header: c.label, width: Math.max(8, [...c.label].length * 2 + 2) }));
  ws.getRow(1).font = { bold: true };
  for (const row of rows) ws.addRow(rowCells(row));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
