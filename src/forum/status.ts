import { dayDiff } from '../lib/day-diff.ts';
import { isoDate } from '../lib/format-date.ts';

/** Registration state of a forum edition on a given day. */
export interface ForumStatus {
  /** open: replies accepted; closed: deadline passed, forum still ahead (or today); past: forum held. */
  state: 'open' | 'closed' | 'past';
  /** Days from `today` to the reply deadline (0 on the deadline day, negative after it). */
  daysToDeadline: number;
  /** Days from `today` to the forum day (0 on the day, negative after it). */
  daysToForum: number;
}

/**
 * Where a forum edition stands on `today` (all dates YYYY-MM-DD, Beijing calendar).
 * The invitation asks for replies "3月18日前"; the deadline day itself still counts as open.
 * @example forumStatus({ date: '2026-04-03', deadline: '2026-03-18' }, '2026-11-26').state // 'past'
 */
export function forumStatus(dates: { date: string; deadline: string }, today: string): ForumStatus {
  const daysToDeadline = dayDiff(today, dates.deadline);
  const daysToForum = dayDiff(today, dates.date);
  const state = daysToForum < 0 ? 'past' : daysToDeadline < 0 ? 'closed' : 'open';
  return { state, daysToDeadline, daysToForum };
}

/**
 * {@link forumStatus} of a forum edition's content data on the day `now` falls on in Beijing.
 * @example editionStatus(entry.data, new Date()).state
 */
export function editionStatus(
  forum: { date: Date; registration: { deadline: Date } },
  now: Date = new Date(),
): ForumStatus {
  return forumStatus({ date: isoDate(forum.date), deadline: isoDate(forum.registration.deadline) }, isoDate(now));
}
