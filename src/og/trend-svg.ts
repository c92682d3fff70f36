import { rankTrend } from '../charts/rank-trend.ts';

/**
 * A town's ranks as a small line for a share card or poster (an SVG data URL satori draws as an image):
 * the best rank at the top, dot i at the centre of the i-th of `ranks.length` equal columns, so labels
 * in equal columns below stand under their dots. Undefined for fewer than two ranks: no line to draw.
 * @example trendSvg([106, 49], 600, 120, '#b3261e') // 'data:image/svg+xml,…'
 */
export function trendSvg(ranks: readonly number[], width: number, height: number, color: string): string | undefined {
  if (ranks.length < 2) return undefined;
  const r = 9;
  const { dots } = rankTrend(ranks.map((rank) => ({ label: '', rank })));
  const points = dots.map((d, i) => [((i + 0.5) * width) / ranks.length, r + ((height - 2 * r) * d.py) / 100] as const);
  const line = points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');
  const circles = points.map(([x, y]) => `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${r}"/>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" fill="${color}"><polyline points="${line}" fill="none" stroke="${color}" stroke-width="5" stroke-linejoin="round"/>${circles}</svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
