/**
 * The forum edition as an iCalendar file (RFC 5545), made with the `ics` library.
 *
 * The invitation gives days, not clock times (报到：4月2日下午; 召开：4月3日全天), so both are
 * all-day events (DATE values) and the part of the day stays in the title, e.g. 报到（下午）.
 * Inventing 14:00 would put a time in readers' calendars that the organizer never announced.
 */
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { formatDate } from '../lib/format-date.ts';

export interface CalendarInput {
  /** Stable id of the edition, used in each event's UID. */
  id: string;
  title: string;
  /** Forum day and optional check-in day, YYYY-MM-DD in Beijing. */
  date: string;
  dayNote?: string | undefined;
  checkInDate?: string | undefined;
  checkInNote?: string | undefined;
  venue: { name: string; address?: string | undefined };
  host: string;
  email: string;
  /** Absolute URL of the edition page. */
  url: string;
  /** Host name for UIDs, e.g. gyxz.example.cn. */
  domain: string;
}

const chinese = (iso: string) => formatDate(new Date(`${iso}T00:00:00+08:00`));
const day = (iso: string): DateArray => iso.split('-').map(Number) as DateArray;
const nextDay = (iso: string): DateArray => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
};

/**
 * The .ics text for one forum edition: a check-in event (if any) and the forum day.
 * Throws if the library rejects the input, so a bad calendar fails the build.
 * @example forumCalendar({ id: '2026', date: '2026-04-03', … }) // 'BEGIN:VCALENDAR…'
 */
export function forumCalendar(input: CalendarInput): string {
  const location = [input.venue.name, input.venue.address].filter(Boolean).join('，');
  const common = {
    location,
    url: input.url,
    status: 'CONFIRMED',
    busyStatus: 'BUSY',
    organizer: { name: input.host, email: input.email },
    calName: input.title,
  } satisfies Partial<EventAttributes>;
  const events: EventAttributes[] = [];
  if (input.checkInDate) {
    const when = input.checkInNote ? `（${input.checkInNote}）` : '';
    events.push({
      ...common,
      uid: `checkin-${input.id}@${input.domain}`,
      title: `${input.title} 报到${when}`,
      description: `报到：${chinese(input.checkInDate)}${input.checkInNote ?? ''}。邀请函未给出具体钟点。地点：${location}。详情：${input.url}`,
      start: day(input.checkInDate),
      end: nextDay(input.checkInDate),
    });
  }
  const when = input.dayNote ? `（${input.dayNote}）` : '';
  events.push({
    ...common,
    uid: `forum-${input.id}@${input.domain}`,
    title: `${input.title}${when}`,
    description: `召开：${chinese(input.date)}${input.dayNote ?? ''}。地点：${location}。详情：${input.url}`,
    start: day(input.date),
    end: nextDay(input.date),
  });
  const { error, value } = createEvents(events, { productId: `-//${input.domain}//forum//ZH`, calName: input.title });
  if (error || !value) throw error ?? new Error('ics: empty calendar');
  // Dates here are Beijing dates; clients that honour X-WR-TIMEZONE show them on the right day.
  return foldLines(value.replace('BEGIN:VEVENT', 'X-WR-TIMEZONE:Asia/Shanghai\r\nBEGIN:VEVENT'));
}

/**
 * Re-fold content lines at 75 octets (RFC 5545 §3.1). The library counts characters, and a
 * Chinese character is three octets in UTF-8, so its lines can run to 200 octets.
 */
function foldLines(text: string): string {
  const encoder = new TextEncoder();
  const unfolded = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  const folded = unfolded.map((line) => {
    const parts: string[] = [];
    let current = '';
    let size = 0;
    for (const char of line) {
      const octets = encoder.encode(char).length;
      // Continuation lines start with a space, which counts towards their 75 octets.
      if (size + octets > 75) {
        parts.push(current);
        current = ' ';
        size = 1;
      }
      current += char;
      size += octets;
    }
    parts.push(current);
    return parts.join('\r\n');
  });
  return folded.join('\r\n');
}
