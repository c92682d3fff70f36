/**
 * The Astro collections, one per content type in the one list (src/schemas/index.ts):
 * a folder of entries read with the type's file types, or the type's single data file.
 * `collectionsOf` is pure so tests can derive collections from any list of types.
 */
import { defineCollection } from 'astro/content/config';
import { file, glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir } from './lib/content-dir.ts';
import { entryId } from './lib/entry-id.ts';
import { extensionsOf, singleFileId, type ContentType, type InferFields } from './schemas/fields.ts';
import { contentTypes } from './schemas/index.ts';
import { toZod } from './schemas/to-zod.ts';

// Glob for a list of extensions; a one-item brace such as {md} would be taken literally.
function globOf(extensions: readonly string[]): string {
  const names = extensions.map((e) => e.slice(1));
  return names.length === 1 ? `**/*.${names[0]}` : `**/*.{${names.join(',')}}`;
}

/**
 * Whether a stored entry was read from a file inside `base`: its `filePath` is relative to the
 * project root, as Astro's glob loader stores it.
 * @example readFromFolder('content/news/a.md', '/site', '/site/content/news') // true
 * @example readFromFolder('.cache/tests/fixture-content/news/a.md', '/site', '/site/content/news') // false
 */
export function readFromFolder(filePath: string | undefined, root: string, base: string): boolean {
  if (!filePath) return false;
  const inside = path.relative(base, path.resolve(root, filePath));
  return inside !== '' && !inside.startsWith('..') && !path.isAbsolute(inside);
}

type GlobLoader = ReturnType<typeof glob>;

/**
 * Astro's glob loader keeps a stored entry whose id and text are unchanged together with the
 * path it was first read from, and the data store is not keyed by the content folder (CONTENT_DIR
 * is no part of the config Astro hashes). After a build of another folder with the same files (the
 * tests' fixture, a benchmark corpus), entries would name that folder's files: git history, which
 * dates undated entries (src/dates/), would not know them, and MDX would be imported from there.
 * So entries not read from an existing file of this folder are dropped before the glob loader
 * runs, and it reads their files again.
 */
function ownFilesOnly(loader: GlobLoader, base: string): GlobLoader {
  return {
    ...loader,
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      for (const id of context.store.keys()) {
        const filePath = context.store.get(id)?.filePath;
        if (!readFromFolder(filePath, root, base) || !existsSync(path.resolve(root, filePath!))) {
          context.store.delete(id);
        }
      }
      await loader.load(context);
    },
  };
}

/** The collection of one content type, its schema typed from the definition. */
export interface CollectionOf<T extends ContentType> {
  type: 'content_layer';
  loader: GlobLoader;
  schema: z.ZodType<InferFields<T['fields']>>;
}

function collectionOf<T extends ContentType>(type: T, root: string): CollectionOf<T> {
  const loader = type.file
    ? file(path.join(root, type.file), {
        parser: (text) => ({ [singleFileId(type.file!)]: JSON.parse(text) as Record<string, unknown> }),
      })
    : ownFilesOnly(
        glob({
          base: path.join(root, type.name),
          pattern: globOf(extensionsOf(type)),
          generateId: ({ entry }) => entryId(entry, type.name),
        }),
        path.join(root, type.name),
      );
  return defineCollection({ loader, schema: toZod(type) }) as CollectionOf<T>;
}

/**
 * The Astro collections of a list of content types, keyed by type name.
 * @example Object.keys(collectionsOf([news], 'content')) // ['news']
 */
export function collectionsOf<const Ts extends readonly ContentType[]>(
  types: Ts,
  root: string = contentDir(),
): { [T in Ts[number] as T['name']]: CollectionOf<T> } {
  return Object.fromEntries(types.map((t) => [t.name, collectionOf(t, root)])) as {
    [T in Ts[number] as T['name']]: CollectionOf<T>;
  };
}

export const collections = collectionsOf(contentTypes);
