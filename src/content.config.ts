import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import path from 'node:path';
import { contentDir } from './lib/content-dir.ts';
import { entryExtensions } from './lib/entry-extensions.ts';
import { entryId } from './lib/entry-id.ts';
import { forms, forum, news, pages, policies, research, settings, stories, toolkits } from './schemas/index.ts';
import { toZod, type ContentType } from './schemas/fields.ts';

const root = contentDir();

// Glob for a list of extensions; a one-item brace such as {md} would be taken literally.
function globOf(extensions: readonly string[]): string {
  const names = extensions.map((e) => e.slice(1));
  return names.length === 1 ? `**/*.${names[0]}` : `**/*.{${names.join(',')}}`;
}

function folder<T extends ContentType>(type: T) {
  return defineCollection({
    loader: glob({
      base: path.join(root, type.name),
      pattern: globOf(entryExtensions(type.name)),
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
