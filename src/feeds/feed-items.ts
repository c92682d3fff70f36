import { entryUrl } from '../lib/entry-url.ts';

interface FeedEntry {
  id: string;
  collection: string;
  data: { title: string; summary: string; date?: Date | undefined };
}

/** Feed readers only want what is new; a feed of every entry grows to megabytes over the years. */
export const FEED_SIZE = 50;

/**
 * RSS items for the newest entries, newest first. An item is dated by the entry's own date,
 * else by `appeared(entry)`, the day it first appeared on the site (src/dates/entry-dates.ts);
 * never by an invented report date. An entry with neither (a file not committed yet) has no
 * pubDate, which RSS allows, and comes after the dated ones.
 * @example feedItems([{ id: 'a', collection: 'news', data: { title: 'T', summary: 'S' } }], () => new Date('2026-11-26'))[0].pubDate // 2026-11-26
 */
export function feedItems<E extends FeedEntry>(
  entries: readonly E[],
  appeared: (entry: E) => Date | undefined,
  size = FEED_SIZE,
) {
  const time = (date: Date | undefined) => date?.getTime() ?? -Infinity;
  return (
    entries
      .map((e) => ({ e, pubDate: e.data.date ?? appeared(e) }))
      // Two undated entries give NaN: they keep their order.
      .sort((a, b) => time(b.pubDate) - time(a.pubDate) || 0)
      .slice(0, size)
      .map(({ e, pubDate }) => ({
        title: e.data.title,
        description: e.data.summary,
        link: entryUrl(e.collection, e.id),
        ...(pubDate ? { pubDate } : {}),
      }))
  );
}
