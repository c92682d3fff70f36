/**
 * A coordinate rounded to two decimals: enough for a chart on any screen, and short in the HTML.
 * @example round(33.33333) // 33.33
 */
export function round(n: number): number {
  return Math.round(n * 100) / 100;
}
