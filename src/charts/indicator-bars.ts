import { median } from './median.ts';
import { round } from './round.ts';

/** One score of a town and the same score of every town of the edition and of its province. */
export interface ScoreInput {
  /** 总分 or an indicator's name. */
  name: string;
  value: number;
  /** The score of every town of the edition (the town's own included). */
  edition: readonly number[];
  /** The score of every town of the edition in the town's province. */
  province: readonly number[];
}

/** One row of the chart: across in % of the chart's width, down in em of its text. */
export interface ScoreBar {
  name: string;
  value: number;
  editionMedian: number;
  provinceMedian: number;
  /** The town's bar, from zero (or from the value, if negative). */
  bar: { x: number; width: number };
  /** Where the two medians are marked. */
  editionX: number;
  provinceX: number;
  /** Baseline of the name and the value, em. */
  labelY: number;
  /** Top of the track the bar lies on, em. */
  trackY: number;
  /** Top and bottom of the median marks, em: a little above and below the track. */
  tickY: [number, number];
}

/** The legend's three lines come first, then one row per score; all in em. */
const LEGEND_LINE = 1.6;
const LEGEND = 3 * LEGEND_LINE + 0.4;
const ROW = 3.2;
export const TRACK_HEIGHT = 0.9;

/**
 * A town's scores against the medians of its edition and of its province, one row per score. Each row
 * has its own scale, from zero (or the lowest score of the edition, if below zero) to the edition's
 * highest score, since indicators need not share one.
 * @example scoreBars([{ name: '总分', value: 80, edition: [60, 80, 100], province: [60, 80] }])[0]
 *   // { name: '总分', value: 80, editionMedian: 80, provinceMedian: 70, bar: { x: 0, width: 80 }, editionX: 80, provinceX: 70, … }
 */
export function scoreBars(scores: readonly ScoreInput[]): {
  rows: ScoreBar[];
  legend: { y: number; markY: [number, number] }[];
  height: number;
} {
  const rows = scores.map((s, i) => {
    const lo = Math.min(0, ...s.edition, s.value);
    const hi = Math.max(...s.edition, s.value);
    const x = (v: number) => round(hi === lo ? 0 : ((v - lo) / (hi - lo)) * 100);
    const editionMedian = median(s.edition) ?? s.value;
    const provinceMedian = median(s.province) ?? s.value;
    const from = x(Math.min(0, s.value));
    const top = LEGEND + i * ROW;
    return {
      name: s.name,
      value: s.value,
      editionMedian: round(editionMedian),
      provinceMedian: round(provinceMedian),
      bar: { x: from, width: round(x(Math.max(0, s.value)) - from) },
      editionX: x(editionMedian),
      provinceX: x(provinceMedian),
      labelY: round(top + 1.2),
      trackY: round(top + 1.7),
      tickY: [round(top + 1.5), round(top + 1.7 + TRACK_HEIGHT + 0.2)] as [number, number],
    };
  });
  // Each legend line: the baseline of its words and the top and bottom of its mark.
  const legend = [0, 1, 2].map((i) => ({
    y: round(i * LEGEND_LINE + 1.2),
    markY: [round(i * LEGEND_LINE + 0.35), round(i * LEGEND_LINE + 1.45)] as [number, number],
  }));
  return { rows, legend, height: round(LEGEND + scores.length * ROW + 0.2) };
}
