/**
 * The bare comparison site's collections: the same Markdown folders as the real
 * site, read with glob loaders and a schema that accepts anything, so the bare
 * build pays only for Astro itself.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import path from 'node:path';

const root = path.resolve(process.env['BENCH_CONTENT'] ?? 'content');

const folder = (name: string) =>
  defineCollection({
    loader: glob({ base: path.join(root, name), pattern: '**/*.md' }),
    schema: z.looseObject({ title: z.string() }),
  });

export const collections = {
  forum: folder('forum'),
  news: folder('news'),
  research: folder('research'),
  policies: folder('policies'),
  toolkits: folder('toolkits'),
  stories: folder('stories'),
  pages: folder('pages'),
};
