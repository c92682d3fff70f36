import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { sectionEntries } from '../../../content.ts';
import { forumCalendar } from '../../../forum/calendar.ts';
import { isoDate } from '../../../lib/format-date.ts';

/** Add-to-calendar file of one forum edition: check-in day and forum day. */
export const getStaticPaths = (async () =>
  (await sectionEntries('forum')).map((entry) => ({
    params: { edition: entry.id },
    props: { entry },
  }))) satisfies GetStaticPaths;

interface Props {
  entry: CollectionEntry<'forum'>;
}

export const GET: APIRoute<Props> = ({ props: { entry }, site }) => {
  const f = entry.data;
  const url = new URL(`/forum/${entry.id}/`, site);
  const text = forumCalendar({
    id: entry.id,
    title: f.title,
    date: isoDate(f.date),
    dayNote: f.dayNote,
    checkInDate: f.checkInDate && isoDate(f.checkInDate),
    checkInNote: f.checkInNote,
    venue: f.venue,
    host: f.host,
    email: f.registration.email,
    url: url.href,
    domain: url.hostname,
  });
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
