import ical, { type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { eventLd } from '../../../src/forum/event-ld.ts';
import { forumCalendar } from '../../../src/forum/calendar.ts';
import { forumStatus } from '../../../src/forum/status.ts';

const input = {
  id: '2026',
  title: '第二届新型城镇化与工业小镇高质量发展论坛',
  date: '2026-04-03',
  dayNote: '全天',
  checkInDate: '2026-04-02',
  checkInNote: '下午',
  venue: { name: '国务院第二招待宾馆', address: '北京市西城区西直门南大街 6 号' },
  host: '中国工业报社',
  email: 'gyxzyjzx@163.com',
  url: 'https://gyxz.example.cn/forum/2026/',
  domain: 'gyxz.example.cn',
};

describe('forum calendar (.ics)', () => {
  const text = forumCalendar(input);
  const events = Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT');

  it('parses back into a check-in day and the forum day, all-day, at the venue', () => {
    expect(events.map((e) => e.summary)).toEqual([`${input.title} 报到（下午）`, `${input.title}（全天）`]);
    expect(
      events.map((e) => [e.start.dateOnly, e.start.toISOString().slice(0, 10), e.end?.toISOString().slice(0, 10)]),
    ).toEqual([
      [true, '2026-04-02', '2026-04-03'],
      [true, '2026-04-03', '2026-04-04'],
    ]);
    for (const e of events) {
      expect(e.location).toBe('国务院第二招待宾馆，北京市西城区西直门南大街 6 号');
      expect(e.uid).toMatch(/@gyxz\.example\.cn$/);
    }
    expect(events[0]!.description).toContain('邀请函未给出具体钟点');
  });

  it('follows RFC 5545 framing: CRLF lines of at most 75 octets, and names Asia/Shanghai', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    const lines = text.split('\r\n');
    expect(lines.every((l) => !l.includes('\n'))).toBe(true);
    for (const l of lines) expect(Buffer.byteLength(l, 'utf8'), l).toBeLessThanOrEqual(75);
    expect(text).toContain('X-WR-TIMEZONE:Asia/Shanghai\r\n');
    expect(text).toMatch(/DTSTART;VALUE=DATE:20260403\r\n/);
  });

  it('leaves out the check-in event when an edition has none', () => {
    expect(forumCalendar({ ...input, checkInDate: undefined }).match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });
});

describe('Event JSON-LD', () => {
  it('has dates, image, place with address, organizers, the 3000-yuan offer, status and attendance mode', () => {
    const ld = eventLd({
      title: input.title,
      description: '摘要',
      url: input.url,
      date: '2026-04-03',
      venue: input.venue,
      host: '中国工业报社',
      organizer: '工业小镇研究中心',
      fee: 3000,
      deadline: '2026-03-18',
      registerUrl: `${input.url}register/`,
      image: 'https://gyxz.example.cn/og/forum/2026.png',
    });
    expect(ld).toMatchObject({
      '@type': 'Event',
      image: 'https://gyxz.example.cn/og/forum/2026.png',
      startDate: '2026-04-03',
      endDate: '2026-04-03',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        name: '国务院第二招待宾馆',
        address: { streetAddress: '北京市西城区西直门南大街 6 号', addressCountry: 'CN' },
      },
      organizer: [{ name: '中国工业报社' }, { name: '工业小镇研究中心' }],
      offers: { price: 3000, priceCurrency: 'CNY', validThrough: '2026-03-18' },
    });
  });
});

describe('forumStatus', () => {
  const dates = { date: '2026-04-03', deadline: '2026-03-18' };
  it('is open up to and including the deadline day, with days left', () => {
    expect(forumStatus(dates, '2026-03-01')).toEqual({ state: 'open', daysToDeadline: 17, daysToForum: 33 });
    expect(forumStatus(dates, '2026-03-18').state).toBe('open');
  });
  it('is closed after the deadline until the forum day, and past after it', () => {
    expect(forumStatus(dates, '2026-03-19').state).toBe('closed');
    expect(forumStatus(dates, '2026-04-03').state).toBe('closed');
    expect(forumStatus(dates, '2026-11-26')).toMatchObject({ state: 'past', daysToForum: -237 });
  });
});
