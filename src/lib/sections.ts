/**
 * The site's sections, derived from the content types that say `section: true`
 * (src/schemas/index.ts). Routes, feeds, breadcrumbs and search filters all read this list.
 */
import type { ContentType } from '../schemas/fields.ts';
import { contentTypes } from '../schemas/index.ts';

type SectionType = Extract<(typeof contentTypes)[number], { section: true }>;
export type SectionKey = SectionType['name'];

export interface Section<K extends string = SectionKey> {
  key: K;
  label: string;
  path: string;
  description: string;
}

/**
 * The sections of a list of content types, in the list's order.
 * @example sectionsOf([news]) // [{ key: 'news', label: '新闻', path: '/news/', description: '…' }]
 */
export function sectionsOf(types: readonly ContentType[]): Section<string>[] {
  return types
    .filter((t) => t.section && t.urlBase)
    .map((t) => ({ key: t.name, label: t.label, path: t.urlBase!, description: t.description }));
}

export const SECTIONS = sectionsOf(contentTypes) as readonly Section[];

/**
 * Look a section up by its key.
 * @example section('news').label // '新闻'
 */
export function section(key: SectionKey): Section {
  const found = SECTIONS.find((s) => s.key === key);
  if (!found) throw new Error(`Unknown section ${key}`);
  return found;
}
