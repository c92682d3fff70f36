import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { sectionEntries, siteSettings } from '../content.ts';
import { feedItems } from '../lib/feed-items.ts';
import { published } from '../lib/published.ts';
import { SECTIONS } from '../lib/sections.ts';

/** Everything, newest first: one feed for readers who want the whole site. */
export const GET: APIRoute = async ({ site }) => {
  const settings = await siteSettings();
  const all = published((await Promise.all(SECTIONS.map((s) => sectionEntries(s.key)))).flat());
  return rss({
    title: settings.siteName,
    description: settings.description,
    site: site!,
    items: feedItems(all),
    customData: '<language>zh-CN</language>',
  });
};
