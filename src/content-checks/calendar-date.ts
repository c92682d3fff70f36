const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Whether a date as written in front matter names a real calendar day.
 *
 * YAML quietly turns `2026-13-45` into 2027-02-14, so an impossible date would
 * be published as a wrong one; this reads the text the editor typed instead.
 * @example isCalendarDate('2026-02-29') // false (2026 is not a leap year)
 * @example isCalendarDate('2026-04-03') // true
 */
export function isCalendarDate(raw: string): boolean {
  const m = DATE.exec(raw.trim());
  if (!m) return false;
  const [year, month, day, hour = 0, minute = 0, second = 0] = m.slice(1).map((v) => (v === undefined ? 0 : Number(v)));
  if (month! < 1 || month! > 12 || day! < 1) return false;
  const daysInMonth = new Date(Date.UTC(year!, month, 0)).getUTCDate();
  return day! <= daysInMonth && hour <= 23 && minute <= 59 && second <= 59;
}
