/**
 * The benchmark corpus: `size` generated entries over every section, written
 * to a folder OUTSIDE `content/` on top of a copy of the real `content/`
 * (forum, settings, pages, forms…: the site needs them to build, and copying
 * the whole folder keeps working when a new collection is added).
 *
 *   node scripts/bench/corpus.ts --size 1000 --out .bench/corpus-1000
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { body, makeTowns, Random, type Town } from './prose.ts';
import { newTowns } from '../../src/schemas/settings.ts';
import { ACTIONS, ACTORS, GENERAL, INDUSTRIES, OBJECTS, OUTCOMES, PROBLEMS, THEMES } from './vocab.ts';

/** Share of the corpus each collection gets; town stories are the bulk of a growing archive. */
export const SHARES = {
  stories: 0.42,
  news: 0.25,
  policies: 0.15,
  research: 0.1,
  toolkits: 0.06,
  pages: 0.02,
} as const;

export type BenchCollection = keyof typeof SHARES;

/** One generated file: where it goes, its front matter and body. */
export interface BenchEntry {
  collection: BenchCollection;
  id: string;
  data: Record<string, unknown>;
  body: string;
}

/** Every generated title starts with this, so search results and share cards say what they are. */
export const TITLE_MARK = '【测试数据】';
const SOURCE = '性能测试生成数据（benchmark）';

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function counts(size: number): [BenchCollection, number][] {
  const keys = Object.keys(SHARES) as BenchCollection[];
  const result = keys.map((k): [BenchCollection, number] => [k, Math.max(1, Math.floor(size * SHARES[k]))]);
  // Rounding leftovers go to stories so the total is exactly `size`.
  const missing = size - result.reduce((sum, [, n]) => sum + n, 0);
  const stories = result.find(([k]) => k === 'stories');
  if (stories) stories[1] += missing;
  return result;
}

function summary(rng: Random, place: string): string {
  return `${place}${rng.pick(ACTIONS)}${rng.pick(OBJECTS)}，${rng.pick(OUTCOMES)}；${rng.pick(PROBLEMS)}仍需关注。`;
}

function title(rng: Random, place: string, collection: BenchCollection): string {
  switch (collection) {
    case 'policies':
      return `${TITLE_MARK}${rng.pick(THEMES)}政策要点：${rng.pick(ACTIONS)}${rng.pick(OBJECTS)}`;
    case 'research':
      return `${TITLE_MARK}${rng.pick(THEMES)}视角下的${rng.pick(INDUSTRIES)}${rng.pick(OBJECTS)}研究`;
    case 'toolkits':
      return `${TITLE_MARK}${rng.pick(OBJECTS)}${rng.pick(GENERAL)}工具表`;
    case 'pages':
      return `${TITLE_MARK}${rng.pick(GENERAL)}${rng.pick(OBJECTS)}说明`;
    default:
      return `${TITLE_MARK}${place}${rng.pick(ACTIONS)}${rng.pick(INDUSTRIES)}${rng.pick(OBJECTS)}`;
  }
}

// No attachments: the build checks that every attached file exists in public/uploads/,
// and the benchmark must not put files there.
function fields(rng: Random, collection: BenchCollection, place: string, town: Town, date: Date) {
  const common = { title: title(rng, place, collection), summary: summary(rng, place) };
  switch (collection) {
    case 'news':
      return {
        ...common,
        date,
        category: rng.pick(['通知公告', '论坛动态', '中心动态']),
        source: SOURCE,
        ...(rng.chance(0.01) ? { draft: true } : {}),
      };
    case 'policies':
      return {
        ...common,
        date,
        ...(rng.chance(0.6) ? { issuer: rng.pick(ACTORS) } : {}),
        ...(rng.chance(0.5) ? { documentNumber: `测试〔${date.getUTCFullYear()}〕${rng.int(1, 99)}号` } : {}),
      };
    case 'research':
      return {
        ...common,
        ...(rng.chance(0.7) ? { date } : {}),
        kind: rng.pick(['课题成果', '评价报告', '指标体系', '研究解读']),
        status: rng.pick(['已发布', '待发布']),
      };
    case 'toolkits':
      return {
        ...common,
        ...(rng.chance(0.8) ? { date } : {}),
        availability: rng.pick(['可下载', '依申请发送', '待发布']),
      };
    case 'stories':
      return {
        ...common,
        date,
        ...town,
        author: '基准测试通讯员',
        ...(rng.chance(0.3) ? { authorRole: '测试数据' } : {}),
        ...(rng.chance(0.01) ? { draft: true } : {}),
      };
    case 'pages':
      return common;
  }
}

/** The site path of an entry (pages live at the root). */
export function entryPath(e: Pick<BenchEntry, 'collection' | 'id'>): string {
  return e.collection === 'pages' ? `/${e.id}/` : `/${e.collection}/${e.id}/`;
}

/**
 * Generate `size` entries, deterministic for a given seed.
 * @example generateCorpus({ size: 1000 }).length // 1000
 */
export function generateCorpus(opts: { size: number; seed?: number }): BenchEntry[] {
  const rng = new Random(opts.seed ?? 20260403);
  const towns = makeTowns(rng, Math.max(30, Math.round(opts.size / 6)));
  const start = Date.UTC(2015, 0, 1);
  const span = Date.UTC(2026, 2, 31) - start;
  const metas: { collection: BenchCollection; id: string; date: Date; town: Town }[] = [];
  let serial = 0;
  for (const [collection, n] of counts(opts.size)) {
    for (let i = 0; i < n; i++) {
      serial++;
      const date = new Date(start + Math.floor(rng.next() * (span / 86_400_000)) * 86_400_000);
      const id =
        collection === 'pages' ? `bench-page-${serial}` : `${isoDate(date)}-bench-${String(serial).padStart(5, '0')}`;
      metas.push({ collection, id, date, town: rng.pick(towns) });
    }
  }
  const links = metas.map(entryPath);
  return metas.map(({ collection, id, date, town }) => {
    const place = collection === 'stories' || rng.chance(0.5) ? `${town.city}${town.town}` : '';
    return {
      collection,
      id,
      data: fields(rng, collection, place, town, date),
      body: body(rng, place || '各地', links),
    };
  });
}

function yamlValue(value: unknown, indent: string): string {
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    return value
      .map((item) => {
        const [first, ...rest] = Object.entries(item as Record<string, unknown>).map(
          ([k, v]) => `${k}: ${yamlValue(v, `${indent}    `)}`,
        );
        return [`\n${indent}  - ${first}`, ...rest.map((line) => `\n${indent}    ${line}`)].join('');
      })
      .join('');
  }
  throw new Error(`unsupported front matter value ${String(value)}`);
}

/** The Markdown file of an entry: YAML front matter (strings JSON-quoted, which is valid YAML) and body. */
export function toMarkdown(entry: BenchEntry): string {
  const lines = Object.entries(entry.data).map(([k, v]) => `${k}: ${yamlValue(v, '')}`);
  return `---\n${lines.join('\n')}\n---\n\n${entry.body}`;
}

/**
 * Write a corpus folder: a copy of the real content with the generated entries added.
 * Refuses to write inside `contentRoot`, so benchmark data can never reach the site.
 */
export function writeCorpus(entries: readonly BenchEntry[], target: string, contentRoot = 'content'): void {
  const out = path.resolve(target);
  const content = path.resolve(contentRoot);
  const rel = path.relative(content, out);
  if (rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))) {
    throw new Error(`refusing to write benchmark data into ${content}: use a folder such as .bench/`);
  }
  rmSync(out, { recursive: true, force: true });
  cpSync(content, out, { recursive: true });
  for (const entry of entries) {
    const dir = path.join(out, entry.collection);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `${entry.id}.md`), toMarkdown(entry));
  }
  // The generated prose says things about its towns, so they are made up, never real ones: the
  // corpus registers them on its own list of new towns, and the town check (src/divisions/) lets them through.
  const towns = new Map(
    entries
      .filter((e) => e.collection === 'stories')
      .map(({ data }) => [
        `${String(data['province'])}|${String(data['city'])}|${String(data['town'])}`,
        { province: data['province'], county: data['city'], town: data['town'], basis: '基准测试语料中虚构的镇' },
      ]),
  );
  writeFileSync(path.join(out, newTowns.file), JSON.stringify({ towns: [...towns.values()] }, null, 2));
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { size: { type: 'string', default: '1000' }, out: { type: 'string' }, seed: { type: 'string' } },
  });
  const size = Number(values.size);
  const out = values.out ?? `.bench/corpus-${size}`;
  writeCorpus(generateCorpus({ size, ...(values.seed ? { seed: Number(values.seed) } : {}) }), out);
  console.log(`${size} benchmark entries written to ${out}`);
}
