import type { FieldProblem } from '../lib/content-problem.ts';
import type { RankingRow } from '../schemas/ranking.ts';
import { checkRows } from './check-rows.ts';
import { rankingColumns } from './columns.ts';
import { readTable } from './read-table.ts';

/**
 * Read an edition's data file from its bytes and check every row against the columns it
 * declares. No file system: the build (read-edition.ts) and the CMS (admin/data-file.ts,
 * in the browser) run this same check.
 * @example await checkEditionFile(bytes, '2025-500-qiang.csv', ['经济发展质量']) // { rows: […], problems: [] }
 */
export async function checkEditionFile(
  bytes: Uint8Array,
  fileName: string,
  indicators: readonly string[] = [],
): Promise<{ rows: RankingRow[]; problems: FieldProblem[] }> {
  const read = await readTable(bytes, fileName);
  if ('problem' in read) return { rows: [], problems: [read.problem] };
  return checkRows(read.table, rankingColumns(indicators));
}
