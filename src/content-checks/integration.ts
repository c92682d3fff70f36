/**
 * Every content check, run before the build starts so that bad content stops it with a
 * message naming the file, the field and what was expected (src/lib/content-problem.ts):
 *
 * - folders that are no collection, files a collection would silently skip
 *   (a story as .mdx), non-ASCII names, two files with one slug;
 * - each entry against its content type's definition (schema-problems.ts, which the CMS
 *   runs too), so Astro's own schema check, run later, finds nothing and its English
 *   error text is never what an editor reads;
 * - impossible dates (YAML turns 2026-13-45 into 2027-02-14 without a word);
 * - images and files named in front matter or the body that are not in public/;
 * - body images without alt text.
 *
 * The build fails before anything is written, so scripts/build.ts leaves dist/ as it was.
 */
import type { AstroIntegration } from 'astro';
import yaml from 'js-yaml';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkBody } from './check-body.ts';
import { checkContentTree, type CollectionRule } from './check-content-tree.ts';
import { checkFrontMatter } from './check-front-matter.ts';
import { schemaProblems } from './schema-problems.ts';
import { contentDir } from '../lib/content-dir.ts';
import { formatProblems, type ContentProblem } from '../lib/content-problem.ts';
import { dataFilesOf, extensionsOf, type ContentType } from '../schemas/fields.ts';
import { contentTypes } from '../schemas/index.ts';
import { checkEditions } from '../rankings/check-editions.ts';
import { checkTownNames } from '../divisions/check-content.ts';

/**
 * What each content folder may hold, from the content types: the same file types as the
 * collection loaders. A type published at the site root (standalone pages) may not take a
 * name the site already uses.
 */
function rules(reservedRoot: ReadonlySet<string>, types: readonly ContentType[] = contentTypes): CollectionRule[] {
  return types.map((t) => ({
    name: t.file ? t.file.slice(0, t.file.indexOf('/')) : t.name,
    extensions: extensionsOf(t),
    ...(t.extensionsNote ? { note: t.extensionsNote } : {}),
    ...(dataFilesOf(t).length ? { dataFiles: dataFilesOf(t) } : {}),
    ...(t.urlBase === '/' ? { reserved: reservedRoot } : {}),
  }));
}

/**
 * Every first URL segment the site already uses: sections, static routes in src/pages,
 * files in public/, and folders other build steps write (share cards, search index, assets).
 */
export function reservedRootNames(
  pagesDir: string,
  publicDir: string,
  types: readonly ContentType[] = contentTypes,
): Set<string> {
  // Folders other build steps write, and the editors' media folder (public/uploads/, which may be empty).
  const names = new Set<string>(['og', 'pagefind', '_astro', 'uploads']);
  for (const t of types) if (t.urlBase && t.urlBase !== '/') names.add(t.urlBase.split('/')[1]!);
  for (const dir of [pagesDir, publicDir]) {
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir)) {
      if (entry.startsWith('[')) continue;
      names.add(entry.replace(/\.(astro|ts|js|md|mdx)$/, ''));
    }
  }
  return names;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Run every check on a content folder; an empty list means the content may be built. */
export function checkContent(
  root: string,
  publicDir: string,
  reservedRoot: ReadonlySet<string> = new Set(),
): ContentProblem[] {
  const label = (file: string) => path.relative(process.cwd(), path.join(root, file));
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => statSync(path.join(root, f)).isFile());
  const problems = checkContentTree(files, rules(reservedRoot), label);
  const exists = (sitePath: string) => {
    const file = path.join(publicDir, decodeURI(sitePath));
    return file.startsWith(publicDir) && existsSync(file) && statSync(file).isFile();
  };
  for (const file of files) {
    if (problems.some((p) => p.file === label(file))) continue;
    const add = (field: string, message: string) => problems.push({ file: label(file), field, message });
    const single = (contentTypes as readonly ContentType[]).find((t) => t.file === file);
    if (single) {
      let data: unknown;
      try {
        data = JSON.parse(readFileSync(path.join(root, file), 'utf8'));
      } catch (error) {
        add('（文件内容）', `JSON 格式错误：${(error as Error).message}`);
        continue;
      }
      for (const p of schemaProblems(single, data).problems) add(p.field, p.message);
      continue;
    }
    const type = (contentTypes as readonly ContentType[]).find((t) => !t.file && file.startsWith(`${t.name}/`));
    if (!type || !/\.mdx?$/.test(file)) continue;
    const source = readFileSync(path.join(root, file), 'utf8');
    const head = FRONT_MATTER.exec(source);
    if (!head) {
      add('（前置元数据）', '文件开头缺少 --- 包围的前置元数据（标题、日期等）');
      continue;
    }
    let typed: unknown, data: unknown;
    try {
      // JSON schema: dates stay the text the editor typed, so impossible ones can be caught.
      typed = yaml.load(head[1]!, { schema: yaml.JSON_SCHEMA });
      // The schema is checked on what Astro reads: YAML's default schema, dates as dates.
      data = yaml.load(head[1]!);
    } catch (error) {
      add('（前置元数据）', `YAML 格式错误：${(error as Error).message.split('\n')[0]}`);
      continue;
    }
    const found = checkFrontMatter(typed, type.fields, exists);
    for (const p of found) add(p.field, p.message);
    // One message per field: 下周三 is not a real date, and so no date for the schema either.
    for (const p of schemaProblems(type, data && typeof data === 'object' ? data : {}).problems) {
      if (!found.some((f) => f.field === p.field)) add(p.field, p.message);
    }
    // .mdx bodies are developers' JSX, not Markdown: only plain Markdown is checked.
    if (file.endsWith('.md')) for (const p of checkBody(source, exists)) add(p.field, p.message);
  }
  return problems;
}

/** The Astro integration: fail the build on any content problem. */
export default function contentChecks(): AstroIntegration {
  return {
    name: 'gyxz:content-checks',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const publicDir = fileURLToPath(config.publicDir);
        const reserved = reservedRootNames(path.join(fileURLToPath(config.srcDir), 'pages'), publicDir);
        const root = contentDir();
        const problems = checkContent(root, publicDir, reserved);
        // Ranking data files are read row by row (src/rankings/).
        const label = (f: string) => path.relative(process.cwd(), path.join(root, f));
        problems.push(...(await checkEditions(root, label)));
        // Every town against the official divisions (src/divisions/); a cell already refused keeps its one message.
        const towns = await checkTownNames(root, label);
        problems.push(...towns.problems.filter((p) => !problems.some((q) => q.file === p.file && q.field === p.field)));
        for (const note of towns.notes) logger.info(note);
        if (problems.length === 0) return;
        const message = formatProblems(problems);
        // In `astro dev` a mistake should not stop the editor's preview; it is shown instead.
        if (command === 'dev') logger.warn(`\n${message}`);
        else throw new Error(message);
      },
    },
  };
}
