import { readdirSync } from 'node:fs';
import path from 'node:path';
import { entryId } from '../lib/entry-id.ts';
import { entryUrl } from '../lib/entry-url.ts';
import { dataFilesOf, extensionsOf, type ContentType } from '../schemas/fields.ts';
import { contentTypes } from '../schemas/index.ts';

function filesIn(folder: string): string[] {
  try {
    return readdirSync(folder, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
}

/**
 * The content file behind each page that shows one entry, as page path → absolute file. Types
 * without pages of their own, and types whose page also shows files beside the entry (a ranking
 * edition's data file), are left out: such a page changes when its file has not.
 * @example entryPageFiles('/c', [news], () => ['a.md']).get('/news/a/') // '/c/news/a.md'
 */
export function entryPageFiles(
  dir: string,
  types: readonly ContentType[] = contentTypes,
  list: (folder: string) => string[] = filesIn,
): Map<string, string> {
  const pages = new Map<string, string>();
  for (const type of types) {
    if (!type.urlBase || type.file || dataFilesOf(type).length > 0) continue;
    const folder = path.join(dir, type.name);
    const extensions: readonly string[] = extensionsOf(type);
    for (const file of list(folder).filter((f) => extensions.includes(path.extname(f)))) {
      pages.set(entryUrl(type.name, entryId(file, type.name), types), path.join(folder, file));
    }
  }
  return pages;
}
