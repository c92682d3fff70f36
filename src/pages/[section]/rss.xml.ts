import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { sectionEntries, siteSettings } from '../../content.ts';
import { appearedOnSite } from '../../dates/entry-dates.ts';
import { feedChannel } from '../../feeds/channel.ts';
import { feedItems } from '../../feeds/feed-items.ts';
import { SECTIONS, type Section } from '../../lib/sections.ts';

export const getStaticPaths = (() =>
  SECTIONS.map((s) => ({ params: { section: s.key }, props: { section: s } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ section: Section }> = async ({ props, site }) => {
  const settings = await siteSettings();
  return rss({
    title: `${props.section.label} - ${settings.siteName}`,
    description: props.section.description,
    items: feedItems(await sectionEntries(props.section.key), appearedOnSite),
    ...feedChannel(site!, props.section.path, `${props.section.path}rss.xml`),
  });
};
