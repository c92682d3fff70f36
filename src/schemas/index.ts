/** Every content type, in the order the CMS lists them. */
import { forms } from './form.ts';
import { forum } from './forum.ts';
import { news } from './news.ts';
import { pages } from './page.ts';
import { policies } from './policy.ts';
import { research } from './research.ts';
import { settings } from './settings.ts';
import { stories } from './story.ts';
import { toolkits } from './toolkit.ts';

export { forms, forum, news, pages, policies, research, settings, stories, toolkits };

/** Folder collections: one Markdown file per entry. */
export const folderTypes = [forum, news, research, policies, toolkits, stories, pages, forms] as const;
