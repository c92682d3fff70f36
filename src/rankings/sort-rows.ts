import type { RankingRow } from '../schemas/ranking.ts';
import { cellValue, type RankingColumn } from './columns.ts';

/**
 * Rows ordered by a sortable column, in the direction its role gives (rank: smallest first;
 * scores: highest first); ties keep rank order.
 * @example sortRows(rows, rankingColumns(['经济发展质量'])[5]!).map((r) => r.rank) // [3, 1, 2]
 */
export function sortRows(rows: readonly RankingRow[], column: RankingColumn): RankingRow[] {
  const sign = column.sort === 'ascending' ? 1 : -1;
  const value = (row: RankingRow) => Number(cellValue(row, column));
  return [...rows].sort((a, b) => sign * (value(a) - value(b)) || a.rank - b.rank);
}
