import { readFile } from 'node:fs/promises';
import type { RankingRow } from '../schemas/ranking.ts';
import type { TableProblem } from './check-rows.ts';
import { checkEditionFile } from './check-file.ts';

/**
 * Read an edition's data file from disk and check every row against the columns it declares.
 * A missing file is a problem like any other, so the build can report them all at once.
 * @example await readEdition('content/rankings/2025-500-qiang.xlsx', ['经济发展质量'])
 */
export async function readEdition(
  file: string,
  indicators: readonly string[] = [],
): Promise<{ rows: RankingRow[]; problems: TableProblem[] }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch {
    return {
      rows: [],
      problems: [{ field: '数据文件', message: '找不到这个文件；请在 CMS 中重新上传，或改正「数据文件」' }],
    };
  }
  return checkEditionFile(bytes, file, indicators);
}
