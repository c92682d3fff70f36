import { formatDate } from '../lib/format-date.ts';
import { editionStatus, type ForumStatus } from './status.ts';

/** Where registration stands, in words: the page's ForumState.astro and the CMS preview show these. */
export interface StateNotice {
  state: ForumStatus['state'];
  /** The opening words, in bold: 报名进行中, 报名已截止, 论坛日期 … 已过. */
  lead: string;
  /** The sentence they open. While open, the link to the reply form follows it. */
  rest: string;
  /** Once closed, for pages that go on with registration instructions: they are a record. */
  record: string | undefined;
  /** Which day the state was computed on, for pages that run no script. */
  asOf: string;
}

/** What the reply form page says instead of the form once registration has closed; the contacts follow. */
export const REPLY_CLOSED = '报名已截止，本页不再提供在线填写。如有疑问，请联系会务组：';

/**
 * The registration state of a forum edition on the day `now` falls on in Beijing, in words.
 * @example stateNotice(forum, new Date('2026-12-06')).lead // '论坛日期 2026年4月3日 已过'
 */
export function stateNotice(
  forum: { date: Date; registration: { deadline: Date } },
  now: Date = new Date(),
): StateNotice {
  const { state, daysToDeadline } = editionStatus(forum, now);
  const deadline = formatDate(forum.registration.deadline);
  const day = formatDate(forum.date);
  const words = {
    open: {
      lead: '报名进行中',
      rest: `：请于 ${deadline}前提交回执表和汇款回执${daysToDeadline > 0 ? `（还有 ${daysToDeadline} 天）` : '（今天截止）'}。`,
    },
    closed: { lead: '报名已截止', rest: `（截止日期 ${deadline}）。论坛将于 ${day}举办。` },
    past: { lead: `论坛日期 ${day} 已过`, rest: `，报名已截止（截止日期 ${deadline}）。` },
  }[state];
  return {
    state,
    ...words,
    record: state === 'open' ? undefined : '下文的报名与缴费办法是本届论坛的记录：组委会不再接收回执表和会议费。',
    asOf: `以上状态按网站生成日期（${formatDate(now)}）计算：本页不运行脚本，网站更新时才会刷新。${
      state === 'open' ? '在线回执表页面会按您手机上的日期实时显示剩余天数。' : ''
    }`,
  };
}

/** The phone-calendar link of an edition, while there is still a day to add (not after the forum). */
export interface CalendarLink {
  href: string;
  text: string;
  note: string;
}

/**
 * The `.ics` link under the facts box, or undefined once the forum day has passed.
 * @example calendarLink('/forum/2027/', 'open', '下午')?.href // '/forum/2027/calendar.ics'
 */
export function calendarLink(
  base: string,
  state: ForumStatus['state'],
  checkInNote: string | undefined,
): CalendarLink | undefined {
  if (state === 'past') return undefined;
  return {
    href: `${base}calendar.ics`,
    text: '加入手机日历（.ics）',
    note: `邀请函只给出日期，日历中为全天事件：报到（${checkInNote ?? '当天'}）和论坛当天。`,
  };
}
