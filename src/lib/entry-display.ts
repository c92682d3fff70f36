import type { ContentType, Display, Place } from '../schemas/fields.ts';
import { contentTypes } from '../schemas/index.ts';

/**
 * How a content type's entries are shown: the `display` of its definition, empty for a type
 * without one. Pages read this instead of asking which type they have.
 * @example displayOf('forum').ownRoute // true
 */
export function displayOf(name: string, types: readonly ContentType[] = contentTypes): Display<unknown> {
  // Each collection's data has the type its definition's fields give (tests/unit/schemas/fields.test-d.ts),
  // so a display function of that type may be handed the entry's data.
  return (types.find((t) => t.name === name)?.display ?? {}) as Display<unknown>;
}

/** One entry's display, worked out from its data. */
export interface EntryDisplay {
  /** The facts under the title, given whether the entry's forum registration has closed. */
  facts(page: { registrationClosed: boolean }): readonly (string | undefined)[];
  card: string | undefined;
  jsonLd: 'Article' | 'NewsArticle';
  byline: { name: string; role?: string | undefined } | undefined;
  place: Place | undefined;
  cover: { src: string; alt: string } | undefined;
  attachments: readonly { title: string; file: string }[];
  onlineForm: string | undefined;
}

/**
 * An entry's display, from its type's definition.
 * @example entryDisplay({ collection: 'news', data: { category: '通知公告' } }).card // '通知公告'
 */
export function entryDisplay(
  entry: { collection: string; data: unknown },
  types: readonly ContentType[] = contentTypes,
): EntryDisplay {
  const display = displayOf(entry.collection, types);
  const { data } = entry;
  return {
    facts: (page) => display.facts?.(data, page) ?? [],
    card: display.card?.(data),
    jsonLd: display.jsonLd ?? 'Article',
    byline: display.byline?.(data),
    place: display.place?.(data),
    cover: display.cover?.(data),
    attachments: display.attachments?.(data) ?? [],
    onlineForm: display.onlineForm?.(data),
  };
}
