/**
 * Whole days from one calendar date (YYYY-MM-DD) to another; negative when `to` is earlier.
 * Calendar dates, not instants, so time zones and daylight saving never shift the count.
 * @example dayDiff('2026-03-18', '2026-04-03') // 16
 */
export function dayDiff(from: string, to: string): number {
  const ms = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((ms(to) - ms(from)) / 86_400_000);
}
