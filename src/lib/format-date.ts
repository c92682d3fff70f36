// Made once: building a DateTimeFormat costs far more than formatting with one, and a build
// formats dates on every page (lists, the forum state in the header, structured data).
const chinese = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
});
const iso = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' });

/**
 * A date as Chinese readers write it, in Beijing time.
 * @example formatDate(new Date('2026-04-03')) // '2026年4月3日'
 */
export function formatDate(date: Date): string {
  return chinese.format(date);
}

/**
 * ISO calendar date (YYYY-MM-DD) in Beijing time, for `<time datetime>` and JSON-LD.
 * @example isoDate(new Date('2026-04-03')) // '2026-04-03'
 */
export function isoDate(date: Date): string {
  return iso.format(date);
}
