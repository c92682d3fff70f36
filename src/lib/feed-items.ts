import { entryUrl } from './entry-url.ts';

interface FeedEntry {
  id: string;
  collection: string;
  data: { title: string; summary: string; date?: Date | undefined };
}

/**
 * RSS items for entries. Undated entries carry no pubDate rather than an invented one.
 * @example feedItems([{ id: 'a', collection: 'news', data: { title: 'T', summary: 'S' } }])[0].link // '/news/a/'
 */
export function feedItems(entries: readonly FeedEntry[]) {
  return entries.map((e) => ({
    title: e.data.title,
    description: e.data.summary,
    link: entryUrl(e.collection, e.id),
    ...(e.data.date ? { pubDate: e.data.date } : {}),
  }));
}
