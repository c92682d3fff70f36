import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { ContentProblem } from '../lib/content-problem.ts';
import { frontMatterOf } from '../lib/front-matter.ts';
import { readEdition } from './read-edition.ts';

/**
 * Every row of every edition's data file in `<root>/rankings/`, checked before the build starts.
 * Editions still 待发布 are checked too, so an editor learns of a bad row before publishing.
 * Front-matter mistakes are left to the collection schema, which names them itself.
 * @param label how to show a file in messages (its path from the project root).
 * @example await checkEditions('content', (f) => `content/${f}`) // [{ file: 'content/rankings/x.xlsx', field: '第 3 行「省份」', … }]
 */
export async function checkEditions(root: string, label: (file: string) => string): Promise<ContentProblem[]> {
  const dir = path.join(root, 'rankings');
  if (!existsSync(dir)) return [];
  const problems: ContentProblem[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.md'))
    .sort()) {
    const { dataFile, indicators } = frontMatterOf(path.join(dir, name)) ?? {};
    if (typeof dataFile !== 'string' || dataFile.includes('/') || dataFile.includes('\\')) continue;
    const columns = Array.isArray(indicators) ? indicators.map(String) : [];
    const { problems: found } = await readEdition(path.join(dir, dataFile), columns);
    const file = label(`rankings/${dataFile}`);
    for (const p of found) {
      problems.push({
        file,
        field: p.field,
        message: p.field === '数据文件' ? `${p.message}（榜单 ${label(`rankings/${name}`)}）` : p.message,
      });
    }
  }
  return problems;
}
