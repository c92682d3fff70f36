import { round } from './round.ts';

/** One edition's place of a town, oldest edition first. */
export interface TrendPoint {
  /** The edition as the axis names it (2025 年). */
  label: string;
  rank: number;
}

/** Where everything of a rank trend goes: across in % of the chart's width, down in em of its text. */
export interface TrendGeometry {
  /** The chart's height, em. */
  height: number;
  /** The plot box: `x`, `width` in %, `y`, `height` in em; the line inside runs in a 0–100 box. */
  plot: { x: number; width: number; y: number; height: number };
  /** The line's points in the plot's 0–100 box (an SVG `points` attribute). */
  line: string;
  dots: {
    label: string;
    rank: number;
    /** The dot in the plot's 0–100 box. */
    px: number;
    py: number;
    /** The dot across the whole chart, %: where its rank and its edition are written. */
    x: number;
    /** Baseline of its rank label, em: above the dot in the upper half of the plot, below it in the lower. */
    rankY: number;
    /** False where edition labels would crowd (more than six editions): every other one is left out. */
    labelled: boolean;
  }[];
  /** Baseline of the edition labels, em. */
  labelY: number;
}

const PLOT = { x: 14, width: 72, y: 2.2, height: 5 };
/** At most this many edition labels fit under a phone-wide chart. */
const MAX_LABELS = 6;

/**
 * A town's rank over the editions as a line, the best rank at the top. The scale runs from the town's
 * own best rank to its worst, so a move of a few places shows; each dot is labelled with its rank.
 * @example rankTrend([{ label: '2024 年', rank: 5 }, { label: '2025 年', rank: 3 }]).dots.map((d) => d.py) // [100, 0]
 */
export function rankTrend(points: readonly TrendPoint[]): TrendGeometry {
  const ranks = points.map((p) => p.rank);
  const best = Math.min(...ranks);
  const worst = Math.max(...ranks);
  const n = points.length;
  const every = Math.ceil(n / MAX_LABELS);
  const dots = points.map((p, i) => {
    const px = n === 1 ? 50 : round((i * 100) / (n - 1));
    const py = worst === best ? 50 : round(((p.rank - best) / (worst - best)) * 100);
    return {
      label: p.label,
      rank: p.rank,
      px,
      py,
      x: round(PLOT.x + (px * PLOT.width) / 100),
      rankY: round(PLOT.y + (py * PLOT.height) / 100 + (py > 50 ? 1.4 : -0.7)),
      labelled: (n - 1 - i) % every === 0,
    };
  });
  const labelY = round(PLOT.y + PLOT.height + 3);
  return {
    height: round(labelY + 0.6),
    plot: PLOT,
    line: dots.map((d) => `${d.px},${d.py}`).join(' '),
    dots,
    labelY,
  };
}
