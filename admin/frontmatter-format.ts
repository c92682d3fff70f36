/**
 * Markdown files as the repository keeps them: YAML front matter in the fields' order at
 * every level, long lines never folded, then the body exactly as it was.
 *
 * Why: Decap's own writer (the `yaml` 1.x library) folds a long line at a space (a forum
 * summary with 「2026 年 4 月 3 日」 became two lines), turns `[男, 女]` into a block list
 * and rewrites quotes, so changing one field showed as a diff of many lines; and beyond
 * eight keys an object lost its order (admin/field-order.ts). The content files are
 * written in this format's style, and tests/unit/admin/frontmatter-format.test.ts checks
 * that every one of them reads and writes back unchanged, so an edit changes only its own lines.
 */
import yaml from 'js-yaml';
import { contentTypes } from '../src/schemas/index.ts';
import { orderByFields, typeByFieldsOrder } from './field-order.ts';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n?---(?:\r?\n|$)([\s\S]*)$/;

/** YAML as the content files write it: no folding, double quotes where quotes are needed. */
export function dumpYaml(data: unknown): string {
  return yaml.dump(data, { schema: yaml.JSON_SCHEMA, lineWidth: -1, noRefs: true, quotingType: '"' });
}

export const frontmatterFormat = {
  /** The front matter's values and, when there is one, the body after the closing `---` line as it is. */
  fromFile(content: string): Record<string, unknown> {
    const match = FRONT_MATTER.exec(content);
    if (!match) return content.trim() ? { body: content } : {};
    // JSON_SCHEMA, as the site's content checks read it: a date stays the text 2026-04-03.
    const data = (yaml.load(match[1]!, { schema: yaml.JSON_SCHEMA }) ?? {}) as Record<string, unknown>;
    const body = match[2]!;
    return body.trim() ? { ...data, body } : data;
  },
  /**
   * @param fieldsOrder the collection's field names in definition order (from Decap)
   * @example frontmatterFormat.toFile({ body: '正文', title: '标题' }, ['title', 'body']) // '---\ntitle: 标题\n---\n\n正文\n'
   */
  toFile(data: Record<string, unknown>, fieldsOrder: string[] = []): string {
    const { body = '', ...meta } = data;
    const type = typeByFieldsOrder(contentTypes, fieldsOrder);
    const front = dumpYaml(orderByFields(meta, type?.fields, fieldsOrder));
    const text = String(body);
    // A body typed in the editor starts without the blank line the files have after `---`.
    const rest =
      text.trim() === '' ? '' : `${text.startsWith('\n') ? '' : '\n'}${text}${text.endsWith('\n') ? '' : '\n'}`;
    return `---\n${front}---\n${rest}`;
  },
};
