import type { SitemapItem } from '@astrojs/sitemap';
import { lastChanged } from './entry-dates.ts';
import { contentTypes } from '../schemas/index.ts';
import { entryPageFiles } from './entry-pages.ts';

/**
 * `serialize` for @astrojs/sitemap: the page of one entry gets `<lastmod>`, the last commit that
 * changed the entry's file. No content type has an update date of its own, so git is the one
 * honest source; a file git does not know gets none (README, "Decisions").
 *
 * Other pages get none: the home page, lists, town and ranking pages and a forum's reply form
 * show several files and facts worked out when the site is built (whether registration is
 * open), so the newest of their files could claim no change where there was one.
 * @example sitemapLastmod('/c', () => new Date('2026-11-26'))({ url: 'https://x.cn/news/a/' }) // { url, lastmod: '2026-11-26T00:00:00.000Z' } when /c/news/a.md exists
 */
export function sitemapLastmod(
  dir: string,
  changed: (file: string) => Date | undefined = lastChanged,
  list?: (folder: string) => string[],
) {
  let pages: Map<string, string> | undefined;
  return (item: SitemapItem): SitemapItem => {
    pages ??= entryPageFiles(dir, contentTypes, list);
    const file = pages.get(new URL(item.url).pathname);
    const date = file === undefined ? undefined : changed(file);
    return date ? { ...item, lastmod: date.toISOString() } : item;
  };
}
