import { patterns } from '../schemas/patterns.ts';
import type { ContentProblem } from '../lib/content-problem.ts';

/** What a collection folder may hold. */
export interface CollectionRule {
  name: string;
  /** File extensions read for this collection, e.g. ['.md', '.mdx']. */
  extensions: readonly string[];
  /** Data files kept beside the entries (a ranking's .xlsx): ASCII names, but no entries and no URLs of their own. */
  dataFiles?: readonly string[];
  /** Why only those file types, said when another type is found. */
  note?: string;
  /** Slugs the collection may not use because the site already has that URL (standalone pages live at the root). */
  reserved?: ReadonlySet<string>;
}

/**
 * Problems with the names and places of content files, which Astro would
 * otherwise skip or overwrite silently: folders that are no collection, files
 * of a type the collection does not read (a story written as .mdx), names that
 * are not ASCII slugs, and two files with the same slug (`a.md` + `a.mdx`,
 * where one would replace the other).
 * @param files paths relative to the content folder, with `/` separators.
 * @param label how to show a file in messages (usually its path from the project root).
 * @example checkContentTree(['news/a.md', 'news/a.mdx'], [{ name: 'news', extensions: ['.md', '.mdx'] }], (f) => f)
 *   // [{ file: 'news/a.mdx', field: '文件名', message: '与 news/a.md 的网址相同（a）…' }]
 */
export function checkContentTree(
  files: readonly string[],
  rules: readonly CollectionRule[],
  label: (file: string) => string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const known = new Map(rules.map((r) => [r.name, r]));
  const seen = new Map<string, string>();
  const folders = rules.map((r) => r.name).join('、');
  for (const file of [...files].sort()) {
    const parts = file.split('/');
    if (parts.some((p) => p.startsWith('.'))) continue; // .gitkeep, editor backups
    const [folder = '', ...rest] = parts;
    if (rest.length === 0 && folder === 'README.md') continue; // notes for editors about the folder
    const rule = known.get(folder);
    if (!rule || rest.length === 0) {
      problems.push({
        file: label(file),
        field: '栏目',
        message: `「${folder}」不是网站的栏目文件夹；应放在以下文件夹之一：${folders}`,
      });
      continue;
    }
    const name = rest.join('/');
    const ext = /\.[^./]+$/.exec(name)?.[0] ?? '';
    if (!rule.extensions.includes(ext) && !rule.dataFiles?.includes(ext)) {
      problems.push({
        file: label(file),
        field: '文件类型',
        message: `「${folder}」只读取 ${rule.extensions.join('、')} 文件，这个文件不会发布；${rule.note ?? '请改用支持的类型'}`,
      });
      continue;
    }
    const slug = name.slice(0, -ext.length);
    if (!patterns.slug.regex.test(slug)) {
      problems.push({ file: label(file), field: '文件名', message: `文件名${patterns.slug.message}` });
      continue;
    }
    if (rule.dataFiles?.includes(ext)) continue;
    if (rule.reserved?.has(slug)) {
      problems.push({
        file: label(file),
        field: '文件名',
        message: `「${slug}」与网站已有的网址 /${slug}/ 相同，会覆盖它；请换一个文件名`,
      });
      continue;
    }
    const key = `${folder}/${slug}`;
    const other = seen.get(key);
    if (other) {
      problems.push({
        file: label(file),
        field: '文件名',
        message: `与 ${label(other)} 的网址相同（/${folder}/${slug}/），一篇会覆盖另一篇；每篇内容应有不同的文件名`,
      });
    } else seen.set(key, file);
  }
  return problems;
}
