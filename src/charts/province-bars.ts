import { PROVINCES } from '../schemas/provinces.ts';
import { round } from './round.ts';
import { shortProvince } from './short-province.ts';

/** One province's bar: across in % of the chart's width, down in em of its text. */
export interface ProvinceBar {
  name: string;
  short: string;
  slug: string;
  count: number;
  /** Width of the bar, % of the chart (the longest is BAR_MAX). */
  width: number;
  /** Baseline of the row's text, em. */
  y: number;
  /** Top of the bar, em. */
  barY: number;
}

/** Where the bars start (after a short name of up to three characters), em. */
export const BAR_X = 3.6;
/** The longest bar, % of the chart: what is left of a 320 px screen for a name and a count of three digits in 大字. */
const BAR_MAX = 55;
const ROW = 1.8;
/** A bar's height, em. */
export const BAR_HEIGHT = 1.1;

/**
 * The number of towns of each province on an edition's list, most first (ties in the official order),
 * provinces without a town left out.
 * @example provinceBars([{ province: '浙江省' }, { province: '浙江省' }, { province: '江苏省' }]).rows.map((r) => [r.short, r.count])
 *   // [['浙江', 2], ['江苏', 1]]
 */
export function provinceBars(rows: readonly { province: string }[]): { rows: ProvinceBar[]; height: number } {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.province, (counts.get(r.province) ?? 0) + 1);
  const max = Math.max(0, ...counts.values());
  const bars = PROVINCES.filter((p) => counts.has(p.name))
    .map((p) => ({ ...p, count: counts.get(p.name)! }))
    .sort((a, b) => b.count - a.count)
    .map((p, i) => ({
      name: p.name,
      short: shortProvince(p.name),
      slug: p.slug,
      count: p.count,
      width: round((p.count / max) * BAR_MAX),
      y: round(i * ROW + 1.3),
      barY: round(i * ROW + 0.35),
    }));
  return { rows: bars, height: round(bars.length * ROW + 0.4) };
}
