/**
 * The Astro collections, one per content type in the one list (src/schemas/index.ts):
 * a folder of entries read with the type's file types, or the type's single data file.
 * `collectionsOf` is pure so tests can derive collections from any list of types.
 */
import { defineCollection } from 'astro/content/config';
import { file, glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import path from 'node:path';
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

/** The collection of one content type, its schema typed from the definition. */
export interface CollectionOf<T extends ContentType> {
  type: 'content_layer';
  loader: ReturnType<typeof glob>;
  schema: z.ZodType<InferFields<T['fields']>>;
}

function collectionOf<T extends ContentType>(type: T, root: string): CollectionOf<T> {
  const loader = type.file
    ? file(path.join(root, type.file), {
        parser: (text) => ({ [singleFileId(type.file!)]: JSON.parse(text) as Record<string, unknown> }),
      })
    : glob({
        base: path.join(root, type.name),
        pattern: globOf(extensionsOf(type)),
        generateId: ({ entry }) => entryId(entry, type.name),
      });
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
