import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { FieldProblem } from '../lib/content-problem.ts';
import type { RankingRow } from '../schemas/ranking.ts';
import { checkEditionFile } from './check-file.ts';

type Checked = { rows: RankingRow[]; problems: FieldProblem[] };

/**
 * The last reading of each file (by name and columns) in this process, with a hash of the bytes
 * it read. A build reads each edition twice (the content check before Astro starts, then the
 * pages), and an .xlsx file costs ~60 ms to parse. On globalThis because the two readers are
 * separate module instances (the integration, and the prerender bundle) in one process.
 */
type Reading = { hash: string; checked: Promise<Checked> };
const seen: Map<string, Reading> = ((globalThis as { __gyxzEditions?: Map<string, Reading> }).__gyxzEditions ??=
  new Map());

/**
 * Read an edition's data file from disk and check every row against the columns it declares.
 * A missing file is a problem like any other, so the build can report them all at once.
 * @example await readEdition('content/rankings/2025-500-qiang.xlsx', ['经济发展质量'])
 */
export async function readEdition(file: string, indicators: readonly string[] = []): Promise<Checked> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch {
    return {
      rows: [],
      problems: [{ field: '数据文件', message: '找不到这个文件；请在 CMS 中重新上传，或改正「数据文件」' }],
    };
  }
  const key = `${file}\0${indicators.join('\0')}`;
  const hash = createHash('sha256').update(bytes).digest('hex');
  let reading = seen.get(key);
  if (reading?.hash !== hash) seen.set(key, (reading = { hash, checked: checkEditionFile(bytes, file, indicators) }));
  // A copy: a caller that changes its rows must not change another's.
  return structuredClone(await reading.checked);
}
