import { entryUrl } from './entry-url.ts';

interface FeedEntry {
  id: string;
  collection: string;
  data: { title: string; summary: string; date?: Date | undefined };
}

/** Feed readers only want what is new; a feed of every entry grows to megabytes over the years. */
export const FEED_SIZE = 50;

/**
 * RSS items for the newest entries (the list comes sorted newest first). Undated entries
 * carry no pubDate rather than an invented one.
 * @example feedItems([{ id: 'a', collection: 'news', data: { title: 'T', summary: 'S' } }])[0].link // '/news/a/'
 */
export function feedItems(entries: readonly FeedEntry[], size = FEED_SIZE) {
  return entries.slice(0, size).map((e) => ({
    title: e.data.title,
    description: e.data.summary,
    link: entryUrl(e.collection, e.id),
    ...(e.data.date ? { pubDate: e.data.date } : {}),
  }));
}
