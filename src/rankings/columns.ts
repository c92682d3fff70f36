import type { FieldDef } from '../schemas/fields.ts';
import {
  indicatorColumnRole,
  rankingColumnRoles,
  rankingRowFields,
  type RankingColumnRole,
  type RankingRow,
} from '../schemas/ranking.ts';

type FixedKey = keyof typeof rankingRowFields;

/** One column of an edition's table: the row field it fills, its header text and its role. */
export interface RankingColumn extends RankingColumnRole {
  /** ASCII key, also used in sort URLs: rank, town, county, province, score, i1, i2, … */
  key: string;
  label: string;
  def: FieldDef;
  /** For an indicator column, its place in `row.indicators`. */
  indicator?: number;
}

/**
 * The columns of an edition, in file order: the fixed ones from the content definition,
 * then one number column per declared indicator, each with its role (rankingColumnRoles).
 * @example rankingColumns(['经济发展质量']).map((c) => c.label) // ['排名', '镇', '县（市、区）', '省份', '总分', '经济发展质量']
 */
export function rankingColumns(indicators: readonly string[] = []): RankingColumn[] {
  return [
    ...Object.entries(rankingRowFields).map(([key, def]) => ({
      key,
      label: def.label,
      def,
      ...rankingColumnRoles[key as FixedKey],
    })),
    ...indicators.map((label, i) => ({
      key: `i${i + 1}`,
      label,
      def: { kind: 'number', label } as const,
      indicator: i,
      ...indicatorColumnRole,
    })),
  ];
}

/**
 * What a row holds in a column (NaN for an indicator the row lacks, which checked rows never do).
 * @example cellValue(row, rankingColumns(['经济发展质量'])[5]!) // row.indicators[0]
 */
export function cellValue(row: RankingRow, column: RankingColumn): string | number {
  return column.indicator === undefined
    ? row[column.key as FixedKey]
    : (row.indicators[column.indicator] ?? Number.NaN);
}
