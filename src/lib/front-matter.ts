import yaml from 'js-yaml';
import { readFileSync } from 'node:fs';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/**
 * A Markdown file's front matter as the editor typed it (YAML's JSON schema: dates stay text), or
 * undefined when it has none or it is no YAML; the content checks report those themselves.
 * @example frontMatterOf('content/stories/a.md') // { title: '…', province: '浙江省', … }
 */
export function frontMatterOf(file: string): Record<string, unknown> | undefined {
  const head = FRONT_MATTER.exec(readFileSync(file, 'utf8'));
  if (!head) return undefined;
  try {
    const data = yaml.load(head[1]!, { schema: yaml.JSON_SCHEMA });
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
