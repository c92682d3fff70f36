import type { FieldProblem } from '../lib/content-problem.ts';
import type { RankingRow } from '../schemas/ranking.ts';
import type { RankingColumn } from './columns.ts';

/** A cell as read from a workbook or CSV: text, a number, or nothing. */
export type Cell = string | number | null | undefined;

const text = (cell: Cell) => (cell === null || cell === undefined ? '' : String(cell).trim());
const isBlank = (row: readonly Cell[]) => row.every((c) => text(c) === '');
/** Numbers as editors type them: 95, 95.5, -3, with thousands separators removed. */
const NUMBER = /^-?\d+(?:\.\d+)?$/;

function toNumber(cell: Cell): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined;
  const t = text(cell).replaceAll(',', '');
  return NUMBER.test(t) ? Number(t) : undefined;
}

/** A row as read from its cells: a field is absent when its cell was refused (that cell has its message). */
export type ReadRow = Partial<RankingRow> & { indicators: number[] };

/**
 * A check of a whole row once its cells are read, given its row number (as Excel shows it). It sees
 * only the fields whose cells were good and checks nothing that needs a refused one, so each bad
 * cell gives one message. Made once per table, so it may remember earlier rows.
 */
export type RowCheck = (row: ReadRow, line: number) => FieldProblem[];

const labelOf = (columns: readonly RankingColumn[], key: string) => columns.find((c) => c.key === key)?.label ?? key;

/**
 * Ranks 1, 2, 3 … without gaps or repeats, each wrong rank named once. A row is in order when it
 * follows the rank read on the row above, or the count the rows had reached before it: after
 * 1, 2, 2 the next may be 3 (a real gap before) or 4 (the second 2 was a slip), and after a rank
 * that could not be read (9, ?, 11) the count carries on.
 */
function rankOrder(columns: readonly RankingColumn[]): RowCheck {
  const field = (line: number) => `第 ${line} 行「${labelOf(columns, 'rank')}」`;
  /** The rank read on the row above, if it could be read. */
  let above: number | undefined = 0;
  /** The rank this row has if every row above it is counted. */
  let counted = 1;
  return ({ rank }, line) => {
    const before = above ?? counted - 1;
    const inOrder = rank === undefined || rank === before + 1 || rank === counted;
    above = rank;
    counted = inOrder && rank !== undefined ? rank + 1 : counted + 1;
    if (inOrder) return [];
    if (rank === before) {
      return [{ field: field(line), message: `名次 ${rank} 与上一行重复；每个名次只能出现一次` }];
    }
    if (rank < before) {
      return [{ field: field(line), message: `名次 ${rank} 排在名次 ${before} 之后；请按名次从小到大排列` }];
    }
    const missing = before + 1 === rank - 1 ? `${before + 1}` : `${before + 1}—${rank - 1}`;
    return [{ field: field(line), message: `名次从 ${before} 跳到 ${rank}，缺少第 ${missing} 名` }];
  };
}

/** No town twice: the same province, county and town on two rows. */
function townOnce(columns: readonly RankingColumn[]): RowCheck {
  const seen = new Map<string, number>();
  return ({ province, county, town }, line) => {
    if (province === undefined || county === undefined || town === undefined) return [];
    const key = `${province}|${county}|${town}`;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, line);
      return [];
    }
    return [
      {
        field: `第 ${line} 行「${labelOf(columns, 'town')}」`,
        message: `${province}${county}${town}已在第 ${first} 行出现；同一个镇只能列一次`,
      },
    ];
  };
}

/** The checks of whole rows, in the order their messages are listed for a row. */
const ROW_CHECKS: readonly ((columns: readonly RankingColumn[]) => RowCheck)[] = [rankOrder, townOnce];

/**
 * One row's cells read into its fields: a cell that is empty, not a number, or not an allowed value
 * gives one problem and leaves its field out.
 */
function readCells(cells: readonly Cell[], columns: readonly RankingColumn[], line: number) {
  const problems: FieldProblem[] = [];
  const values: Record<string, string | number> = {};
  const indicators: number[] = [];
  for (const [i, column] of columns.entries()) {
    const cell = cells[i];
    const raw = text(cell);
    const problem = (message: string) => problems.push({ field: `第 ${line} 行「${column.label}」`, message });
    if (raw === '') {
      problem('不能为空');
      continue;
    }
    if (column.def.kind === 'number') {
      const n = toNumber(cell);
      if (n === undefined) problem(`「${raw}」不是数字；应填数字，例如 86.5`);
      else if (column.def.integer && !Number.isInteger(n)) problem(`「${raw}」应为整数名次`);
      else if (column.def.min !== undefined && n < column.def.min) problem(`不能小于 ${column.def.min}`);
      else if (column.indicator !== undefined) indicators[column.indicator] = n;
      else values[column.key] = n;
    } else if (column.def.kind === 'select' && !column.def.options.includes(raw)) {
      problem(`「${raw}」不是正式的省级行政区名称；应为以下之一：${column.def.options.join('、')}`);
    } else values[column.key] = raw;
  }
  return { row: { ...values, indicators } as ReadRow, problems };
}

/**
 * The header row against the columns, in order. A column left out or one too many is named once
 * (the columns after it are only shifted); other differences are named column by column.
 */
function checkHeader(got: readonly string[], columns: readonly RankingColumn[]): FieldProblem[] {
  const want = columns.map((c) => c.label);
  const expected = `表头应依次为：${want.join('、')}`;
  const problem = (message: string) => [{ field: '第 1 行（表头）', message }];
  const unknown = (i: number) =>
    problem(`第 ${i + 1} 列「${got[i]}」不在本榜单的列中；${expected}（指标列在榜单的「指标列」中声明）`);
  const first = want.findIndex((w, i) => got[i] !== w);
  if (first === -1 && got.length === want.length) return [];
  const restShifted = (from: readonly string[], to: readonly string[], i: number) =>
    from.slice(i + 1).every((v, k) => v === to[i + k]);
  if (first !== -1 && got.length === want.length - 1 && restShifted(want, got, first)) {
    return problem(`缺少第 ${first + 1} 列「${want[first]}」；${expected}`);
  }
  const extra = first === -1 ? want.length : first;
  if (got.length === want.length + 1 && restShifted(got, want, extra)) return unknown(extra);
  const problems: FieldProblem[] = [];
  for (let i = 0; i < Math.max(want.length, got.length); i++) {
    if (want[i] === got[i]) continue;
    problems.push(
      ...(want[i] === undefined
        ? unknown(i)
        : problem(`第 ${i + 1} 列应为「${want[i]}」，实为「${got[i] ?? ''}」；${expected}`)),
    );
  }
  return problems;
}

/**
 * Read and check an edition's table: the first row must be the headers of `columns`, in order;
 * then one town per row, ranks 1, 2, 3 … without gaps or repeats, no town twice, no empty row
 * before the last town. Row numbers are those Excel shows (the header is row 1). Each bad cell
 * gives one problem: a row check skips what a refused cell leaves unknown.
 * @example checkRows([['排名', '镇', '县（市、区）', '省份', '总分'], [1, '甲镇', '乙县', '浙江省', 90]], rankingColumns())
 *   // { rows: [{ rank: 1, town: '甲镇', county: '乙县', province: '浙江省', score: 90, indicators: [] }], problems: [] }
 */
export function checkRows(
  table: readonly (readonly Cell[])[],
  columns: readonly RankingColumn[],
): { rows: RankingRow[]; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const rows: RankingRow[] = [];
  problems.push(...checkHeader((table[0] ?? []).map(text), columns));
  if (problems.length > 0) return { rows, problems };

  let last = table.length - 1;
  while (last > 0 && isBlank(table[last]!)) last--;
  if (last === 0) return { rows, problems: [{ field: '数据文件', message: '表头下没有任何镇的数据' }] };

  const checks = ROW_CHECKS.map((make) => make(columns));
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
    const read = readCells(cells, columns, line);
    problems.push(...read.problems);
    problems.push(...checks.flatMap((check) => check(read.row, line)));
    if (read.problems.length === 0) rows.push(read.row as RankingRow);
  }
  return { rows, problems };
}
