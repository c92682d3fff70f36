/**
 * File types a collection reads. Town stories come from correspondents and are plain
 * Markdown only; MDX (which can run code) is for pages written by developers.
 * Both the collection loaders and the content checks read this one list.
 * @example entryExtensions('stories') // ['.md']
 */
export function entryExtensions(collection: string): readonly string[] {
  return collection === 'stories' ? ['.md'] : ['.md', '.mdx'];
}
