import type { RankingRow } from '../schemas/ranking.ts';
import type { RankingColumn } from './columns.ts';

/** A cell as read from a workbook or CSV: text, a number, or nothing. */
export type Cell = string | number | null | undefined;

/** A problem in one place of the data file; the caller adds the file name. */
export interface TableProblem {
  /** 第 N 行「列名」, 第 1 行（表头） or 数据文件. */
  field: string;
  message: string;
}

const text = (cell: Cell) => (cell === null || cell === undefined ? '' : String(cell).trim());
const isBlank = (row: readonly Cell[]) => row.every((c) => text(c) === '');
/** Numbers as editors type them: 95, 95.5, -3, with thousands separators removed. */
const NUMBER = /^-?\d+(?:\.\d+)?$/;

function toNumber(cell: Cell): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined;
  const t = text(cell).replaceAll(',', '');
  return NUMBER.test(t) ? Number(t) : undefined;
}

/**
 * Read and check an edition's table: the first row must be the headers of `columns`, in order;
 * then one town per row, ranks 1, 2, 3 … without gaps or repeats, no town twice, no empty row
 * before the last town. Row numbers are those Excel shows (the header is row 1).
 * @example checkRows([['排名', '镇', '县（市、区）', '省份', '总分'], [1, '甲镇', '乙县', '浙江省', 90]], rankingColumns())
 *   // { rows: [{ rank: 1, town: '甲镇', county: '乙县', province: '浙江省', score: 90, indicators: [] }], problems: [] }
 */
export function checkRows(
  table: readonly (readonly Cell[])[],
  columns: readonly RankingColumn[],
): { rows: RankingRow[]; problems: TableProblem[] } {
  const problems: TableProblem[] = [];
  const rows: RankingRow[] = [];
  const header = table[0] ?? [];
  const expectedHeaders = columns.map((c) => c.label).join('、');
  const width = Math.max(columns.length, header.length);
  for (let i = 0; i < width; i++) {
    const want = columns[i]?.label;
    const got = text(header[i]);
    if (want === got) continue;
    problems.push({
      field: '第 1 行（表头）',
      message:
        want === undefined
          ? `第 ${i + 1} 列「${got}」不在本榜单的列中；表头应依次为：${expectedHeaders}（指标列在榜单的「指标列」中声明）`
          : `第 ${i + 1} 列应为「${want}」，实为「${got}」；表头应依次为：${expectedHeaders}`,
    });
  }
  if (problems.length > 0) return { rows, problems };

  let last = table.length - 1;
  while (last > 0 && isBlank(table[last]!)) last--;
  if (last === 0) return { rows, problems: [{ field: '数据文件', message: '表头下没有任何镇的数据' }] };

  const seenTown = new Map<string, number>();
  let previousRank = 0;
  for (let r = 1; r <= last; r++) {
    const cells = table[r]!;
    const line = r + 1;
    if (isBlank(cells)) {
      problems.push({
        field: `第 ${line} 行`,
        message: '是空行；数据中间不能有空行，请删除这一行或把下面的行上移',
      });
      continue;
    }
    const rowProblems: TableProblem[] = [];
    const add = (column: RankingColumn, message: string) =>
      rowProblems.push({ field: `第 ${line} 行「${column.label}」`, message });
    const values: Record<string, string | number> = {};
    const indicators: number[] = [];
    for (const [i, column] of columns.entries()) {
      const cell = cells[i];
      const raw = text(cell);
      if (raw === '') {
        add(column, '不能为空');
        continue;
      }
      if (column.def.kind === 'number') {
        const n = toNumber(cell);
        if (n === undefined) add(column, `「${raw}」不是数字；应填数字，例如 86.5`);
        else if (column.def.integer && !Number.isInteger(n)) add(column, `「${raw}」应为整数名次`);
        else if (column.def.min !== undefined && n < column.def.min) add(column, `不能小于 ${column.def.min}`);
        else if (column.key.startsWith('i')) indicators.push(n);
        else values[column.key] = n;
      } else if (column.def.kind === 'select' && !column.def.options.includes(raw)) {
        add(column, `「${raw}」不是正式的省级行政区名称；应为以下之一：${column.def.options.join('、')}`);
      } else values[column.key] = raw;
    }
    problems.push(...rowProblems);
    if (rowProblems.length > 0) continue;
    const row = { ...values, indicators } as RankingRow;

    const rankColumn = columns[0]!.label;
    if (row.rank === previousRank) {
      problems.push({
        field: `第 ${line} 行「${rankColumn}」`,
        message: `名次 ${row.rank} 与上一行重复；每个名次只能出现一次`,
      });
    } else if (row.rank < previousRank) {
      problems.push({
        field: `第 ${line} 行「${rankColumn}」`,
        message: `名次 ${row.rank} 排在名次 ${previousRank} 之后；请按名次从小到大排列`,
      });
    } else if (row.rank !== previousRank + 1) {
      const missing = previousRank + 1 === row.rank - 1 ? `${previousRank + 1}` : `${previousRank + 1}—${row.rank - 1}`;
      problems.push({
        field: `第 ${line} 行「${rankColumn}」`,
        message: `名次从 ${previousRank} 跳到 ${row.rank}，缺少第 ${missing} 名`,
      });
    }
    previousRank = Math.max(previousRank, row.rank);

    const key = `${row.province}|${row.county}|${row.town}`;
    const first = seenTown.get(key);
    if (first !== undefined) {
      problems.push({
        field: `第 ${line} 行「${columns[1]!.label}」`,
        message: `${row.province}${row.county}${row.town}已在第 ${first} 行出现；同一个镇只能列一次`,
      });
    } else seenTown.set(key, line);
    rows.push(row);
  }
  return { rows, problems };
}
