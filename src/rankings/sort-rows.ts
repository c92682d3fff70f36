import type { RankingRow } from '../schemas/ranking.ts';

/**
 * The value a sortable column holds for a row: 'score' or an indicator key (i1, i2, …).
 * @example columnValue(row, 'i2') // row.indicators[1]
 */
export function columnValue(row: RankingRow, key: string): number {
  if (key === 'score') return row.score;
  if (key === 'rank') return row.rank;
  return row.indicators[Number(key.slice(1)) - 1] ?? Number.NaN;
}

/**
 * Rows ordered by a column: by rank ascending, by a score highest first; ties keep rank order.
 * @example sortRows(rows, 'i1').map((r) => r.rank) // [3, 1, 2]
 */
export function sortRows(rows: readonly RankingRow[], key: string): RankingRow[] {
  if (key === 'rank') return [...rows].sort((a, b) => a.rank - b.rank);
  return [...rows].sort((a, b) => columnValue(b, key) - columnValue(a, key) || a.rank - b.rank);
}
