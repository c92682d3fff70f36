/**
 * The one list of content types, in the order the site and the CMS show them.
 * Everything else is derived from it: the Astro collections (src/content.config.ts),
 * the site's sections (src/lib/sections.ts), entry URLs (src/lib/entry-url.ts), the file
 * types each folder accepts (src/content-checks/), the CMS collections (admin/decap-config.ts) and
 * what the pages show of an entry (its `display`, read through src/lib/entry-display.ts).
 * Adding a content type means writing its definition and adding it here.
 */
import type { ContentType } from './fields.ts';
import { forms } from './form.ts';
import { forum } from './forum.ts';
import { industries } from './industries.ts';
import { news } from './news.ts';
import { pages } from './page.ts';
import { policies } from './policy.ts';
import { profiles } from './profile.ts';
import { projects } from './project.ts';
import { rankings } from './ranking.ts';
import { research } from './research.ts';
import { newTowns, settings } from './settings.ts';
import { stories } from './story.ts';
import { toolkits } from './toolkit.ts';

export {
  forms,
  forum,
  industries,
  news,
  newTowns,
  pages,
  policies,
  profiles,
  projects,
  rankings,
  research,
  settings,
  stories,
  toolkits,
};

export const contentTypes = [
  forum,
  news,
  research,
  policies,
  toolkits,
  stories,
  projects,
  profiles,
  rankings,
  pages,
  forms,
  settings,
  newTowns,
  industries,
] as const satisfies readonly ContentType[];

/** The name of a content type, e.g. `'news'`. */
export type ContentTypeName = (typeof contentTypes)[number]['name'];
