import type { ContentType } from '../schemas/fields.ts';
import { contentTypes } from '../schemas/index.ts';

/**
 * The URL of an entry, from its type's `urlBase`. Every link to an entry goes through here.
 * @example entryUrl('news', '2026-01-21-pingjia-tongzhi') // '/news/2026-01-21-pingjia-tongzhi/'
 * @example entryUrl('pages', 'about') // '/about/'
 */
export function entryUrl(collection: string, id: string, types: readonly ContentType[] = contentTypes): string {
  const base = types.find((t) => t.name === collection)?.urlBase;
  if (!base) throw new Error(`「${collection}」的内容没有自己的网页`);
  return `${base}${id}/`;
}
