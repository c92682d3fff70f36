/**
 * A date as an editor types it, read the same way whatever the browser's language: the
 * year first, as Chinese dates are written. Pure: the date widget (admin/date-widget.ts)
 * and vitest import it.
 */
import { isCalendarDate } from '../src/content-checks/calendar-date.ts';

export type TypedDate =
  | { kind: 'empty' }
  | { kind: 'date'; date: string }
  | { kind: 'incomplete'; message: string }
  | { kind: 'invalid'; message: string };

const EXAMPLE = '例如 2026-05-12';

/**
 * Full-width digits and separators as their ASCII forms (an input method in full-width mode
 * types ２０２６－０５－１２).
 * @example halfWidth('２０２６－０５－１２') // '2026-05-12'
 */
export const halfWidth = (text: string): string =>
  text.replace(/[\uff10-\uff19\uff0d\uff0f\uff0e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/**
 * What a typed date means: `2026-05-12`, `2026-5-12`, `2026/5/12`, `2026.5.12`,
 * `2026年5月12日` and `20260512` all mean 12 May 2026. Anything shorter is incomplete
 * (a date half-typed is never taken for another date: `202` is not the year 202), and a
 * day the calendar does not have is invalid.
 * @example readTypedDate('2026年5月12日') // { kind: 'date', date: '2026-05-12' }
 * @example readTypedDate('2026-05').kind // 'incomplete'
 * @example readTypedDate('2026-02-30').kind // 'invalid'
 */
export function readTypedDate(typed: string): TypedDate {
  const text = halfWidth(typed).trim();
  if (!text) return { kind: 'empty' };
  if (/^\d{1,7}$/.test(text)) {
    return { kind: 'incomplete', message: `日期「${typed}」还没有写完：请写全 年-月-日，${EXAMPLE}` };
  }
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  const parts = compact
    ? compact.slice(1)
    : text
        .replace(/\s*日$/, '')
        .split(/\s*[-/.年月]\s*/)
        .filter((p, i, all) => p !== '' || i < all.length - 1);
  if (parts.some((p) => !/^\d*$/.test(p))) {
    return { kind: 'invalid', message: `「${typed}」不是日期：请只写数字和分隔符，${EXAMPLE}` };
  }
  const [year = '', month = '', day = ''] = parts;
  if (parts.length > 3 || year.length > 4 || month.length > 2 || day.length > 2) {
    return { kind: 'invalid', message: `「${typed}」不是日期：请按 年-月-日 填写，${EXAMPLE}` };
  }
  if (parts.length < 3 || year.length < 4 || !month || !day) {
    return { kind: 'incomplete', message: `日期「${typed}」还没有写完：请写全 年-月-日，${EXAMPLE}` };
  }
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  // The build's own test of a real day (a date field's value is checked by it too).
  if (!isCalendarDate(date)) {
    return { kind: 'invalid', message: `没有 ${date} 这一天：请检查月份和日子，${EXAMPLE}` };
  }
  return { kind: 'date', date };
}
