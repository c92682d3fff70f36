import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { sectionEntries, siteSettings } from '../content.ts';
import { appearedOnSite } from '../dates/entry-dates.ts';
import { feedChannel } from '../feeds/channel.ts';
import { feedItems } from '../feeds/feed-items.ts';
import { SECTIONS } from '../lib/sections.ts';

/** Everything, newest first: one feed for readers who want the whole site. */
export const GET: APIRoute = async ({ site }) => {
  const settings = await siteSettings();
  const all = (await Promise.all(SECTIONS.map((s) => sectionEntries(s.key)))).flat();
  return rss({
    title: settings.siteName,
    description: settings.description,
    items: feedItems(all, appearedOnSite),
    ...feedChannel(site!, '/', '/rss.xml'),
  });
};
