import type { ForumStatus } from './status.ts';

/**
 * What the facts box and the registration state read of a forum edition: the collection's
 * data, or the same shape built from an entry being edited in the CMS (admin/previews.ts).
 */
export interface ForumInfo {
  date: Date;
  dayNote?: string | undefined;
  checkInDate?: Date | undefined;
  checkInNote?: string | undefined;
  venue: { name: string; address?: string | undefined };
  registration: { fee: number; feeNote?: string | undefined; deadline: Date; email: string };
  contacts: readonly { name: string; phones: readonly string[] }[];
  theme: string;
  host: string;
  organizer: string;
}

/** One piece of a fact: words, a date, the online reply form, the mailbox, a contact with phones. */
export type FactPart =
  | { kind: 'text'; text: string }
  | { kind: 'date'; date: Date }
  | { kind: 'link'; text: string; href: string }
  | { kind: 'email'; email: string }
  | { kind: 'contact'; name: string; phones: readonly string[] };

/** A term of the facts box and its value, in pieces. */
export interface ForumFact {
  term: string;
  parts: FactPart[];
}

const text = (value: string | undefined): FactPart[] => (value ? [{ kind: 'text', text: value }] : []);

/**
 * The facts a participant acts on, first: dates, venue, fee, deadline, how to register,
 * contacts; then theme and organizers. The page (ForumFacts.astro) and the CMS preview draw
 * the same list. How to register is given only while registration is open.
 * @example forumFacts(forum, 'past', '/forum/2026/register/')[4] // { term: '报名截止', parts: [{ kind: 'date', … }, { kind: 'text', text: '（已截止）' }] }
 */
export function forumFacts(forum: ForumInfo, state: ForumStatus['state'], registerHref: string): ForumFact[] {
  const r = forum.registration;
  const open = state === 'open';
  const facts: (ForumFact | undefined)[] = [
    { term: '召开', parts: [{ kind: 'date', date: forum.date }, ...text(forum.dayNote)] },
    forum.checkInDate && {
      term: '报到',
      parts: [{ kind: 'date', date: forum.checkInDate }, ...text(forum.checkInNote)],
    },
    { term: '地点', parts: text(`${forum.venue.name}${forum.venue.address ? `（${forum.venue.address}）` : ''}`) },
    { term: '会议费', parts: text(`${r.fee} 元/人${r.feeNote ? `（${r.feeNote}）` : ''}`) },
    {
      term: '报名截止',
      parts: [{ kind: 'date', date: r.deadline }, ...text(open ? '前发送回执表和汇款回执' : '（已截止）')],
    },
    open
      ? {
          term: '报名方式',
          parts: [
            { kind: 'link', text: '在线填写回执表', href: registerHref },
            ...text('，连同汇款回执（或截图）发至 '),
            { kind: 'email', email: r.email },
          ],
        }
      : undefined,
    { term: '联系', parts: forum.contacts.map((c) => ({ kind: 'contact', name: c.name, phones: c.phones })) },
    { term: '主题', parts: text(forum.theme) },
    { term: '主办', parts: text(forum.host) },
    { term: '承办', parts: text(forum.organizer) },
  ];
  return facts.filter((f): f is ForumFact => f !== undefined);
}
