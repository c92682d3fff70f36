import type { FieldDef } from '../schemas/fields.ts';
import { rankingRowFields } from '../schemas/ranking.ts';

/** One column of an edition's table: the row field it fills and its header text. */
export interface RankingColumn {
  /** ASCII key, also used in sort URLs: rank, town, county, province, score, i1, i2, … */
  key: string;
  label: string;
  def: FieldDef;
}

/**
 * The columns of an edition, in file order: the fixed ones from the content definition,
 * then one number column per declared indicator.
 * @example rankingColumns(['经济发展质量']).map((c) => c.label) // ['排名', '镇', '县（市、区）', '省份', '总分', '经济发展质量']
 */
export function rankingColumns(indicators: readonly string[] = []): RankingColumn[] {
  return [
    ...Object.entries(rankingRowFields).map(([key, def]) => ({ key, label: def.label, def })),
    ...indicators.map((label, i) => ({ key: `i${i + 1}`, label, def: { kind: 'number', label } as const })),
  ];
}
