/**
 * A date as Chinese readers write it, in Beijing time.
 * @example formatDate(new Date('2026-04-03')) // '2026年4月3日'
 */
export function formatDate(date: Date): string {
  return new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  }).format(date);
}

/**
 * ISO calendar date (YYYY-MM-DD) in Beijing time, for `<time datetime>` and JSON-LD.
 * @example isoDate(new Date('2026-04-03')) // '2026-04-03'
 */
export function isoDate(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(date);
}
