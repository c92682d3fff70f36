import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import path from 'node:path';
import { contentDir } from './lib/content-dir.ts';
import { entryId } from './lib/entry-id.ts';
import { forms, forum, news, pages, policies, research, settings, stories, toolkits } from './schemas/index.ts';
import { toZod, type ContentType } from './schemas/fields.ts';

const root = contentDir();

function folder<T extends ContentType>(type: T) {
  return defineCollection({
    loader: glob({
      base: path.join(root, type.name),
      // Town stories are plain Markdown written by correspondents; MDX is only for developers' pages.
      pattern: type.name === 'stories' ? '**/*.md' : '**/*.{md,mdx}',
      generateId: ({ entry }) => entryId(entry, type.name),
    }),
    schema: toZod(type),
  });
}

export const collections = {
  forum: folder(forum),
  news: folder(news),
  research: folder(research),
  policies: folder(policies),
  toolkits: folder(toolkits),
  stories: folder(stories),
  pages: folder(pages),
  forms: folder(forms),
  settings: defineCollection({
    loader: file(path.join(root, 'settings', 'site.json'), { parser: (text) => ({ site: JSON.parse(text) }) }),
    schema: toZod(settings),
  }),
};
