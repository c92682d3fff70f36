import { patterns } from '../schemas/patterns.ts';

/**
 * The ASCII id (and URL slug) of a content file, from its path inside the collection folder.
 * Throws a message naming the file when the name is not an ASCII slug, so a Chinese
 * title can never become a percent-encoded URL.
 * @example entryId('2026-01-21-pingjia-tongzhi.md', 'news') // '2026-01-21-pingjia-tongzhi'
 */
export function entryId(file: string, collection: string): string {
  const id = file.replace(/\.(md|mdx)$/, '');
  if (!patterns.slug.regex.test(id)) {
    throw new Error(
      `content/${collection}/${file}：文件名${patterns.slug.message}。请把文件改名，例如 2026-04-03-luntan.md`,
    );
  }
  return id;
}
