import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Turn Astro's content error ("**news → bad-one** data does not match collection schema.
 * **title**: …") into a message that names the file and each field, in Chinese.
 * Other errors pass through unchanged.
 */
export function explainBuildError(message: string, contentDir: string): string {
  const head = /\*\*(\w+) → ([^*]+)\*\*/.exec(message);
  if (!head) return message;
  const [, collection = '', id = ''] = head;
  const candidates = ['.md', '.mdx', '.json'].map((ext) => path.join(contentDir, collection, `${id}${ext}`));
  const file = candidates.find((c) => existsSync(c)) ?? path.join(contentDir, collection, id);
  const fields = [...message.matchAll(/\*\*([^*]+)\*\*: (.+)/g)].map(([, field, why]) => `  字段 ${field}：${why}`);
  return [`内容有误：${path.relative(process.cwd(), file)}`, ...(fields.length ? fields : [message])].join('\n');
}
