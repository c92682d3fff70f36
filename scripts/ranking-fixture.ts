/**
 * Generated ranking editions for tests and the benchmark: real town names from the official
 * divisions (src/divisions/) with made-up ranks and scores, ranked over several years, towns
 * recurring from year to year, every title, summary and page marked 测试数据. Real names, so every
 * build of them runs the division check. The data files are real .xlsx / CSV files made with the
 * site's own writers, so the build reads them exactly as it reads an editor's upload. Same
 * arguments, same files.
 *
 *   node scripts/ranking-fixture.ts --out .cache/rankings --years 2024,2025 --size 500
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Random } from './bench/prose.ts';
import { countiesNamed } from '../src/divisions/find-town.ts';
import type { Township } from '../src/divisions/index-divisions.ts';
import { loadDivisions } from '../src/divisions/load.ts';
import { editionWorkbook, rowCells } from '../src/rankings/edition-workbook.ts';
import { rankingColumns } from '../src/rankings/columns.ts';
import { pinyinSlug } from '../src/rankings/pinyin-slug.ts';
import { toCsv } from '../src/rankings/to-csv.ts';
import { PROVINCES } from '../src/schemas/provinces.ts';
import type { RankingRow } from '../src/schemas/ranking.ts';

/** The seed's first-level indicators (the 2025 evaluation notice names them). */
export const FIXTURE_INDICATORS = ['经济发展质量', '人口聚集能力', '基础设施建设'];
export const TEST_MARK = '测试数据';

/**
 * The towns the tests name, by their official codes: 孝丰镇 (浙江省湖州市安吉县, the town of the
 * test stories), and 螺阳镇 and 洛阳镇 of 惠安县, whose names read the same in pinyin (slug collisions).
 */
const FIXTURE_TOWNS = { xiaofeng: '330523105', luoyang1: '350521101', luoyang2: '350521104' } as const;
/** The town of the story-only test town page: 四川省乐山市市中区白马镇 (内江市 has a 市中区白马镇 too). */
const STORY_ONLY_TOWN = '511102103';

interface FixtureTown {
  province: string;
  county: string;
  town: string;
  strength: number;
}

/** A stable pseudo-random order of codes, so the pick spreads over each province's counties. */
const scramble = (code: string) => {
  let h = 2166136261;
  for (const c of code) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return h >>> 0;
};

/**
 * The town pool: the fixed towns, then real 建制镇 taken in turn from each mainland province. A
 * county whose name another county of the province shares (城区, 市中区) is written with its city.
 */
function pool(rng: Random, count: number): FixtureTown[] {
  const index = loadDivisions();
  const fixedCodes = Object.values(FIXTURE_TOWNS) as string[];
  const skip = new Set([...fixedCodes, STORY_ONLY_TOWN]);
  const queues = PROVINCES.slice(0, 31).map((p) =>
    [...(index.townsByName.get(p.name)?.values() ?? [])]
      .flat()
      .filter((t) => t.kind === '镇' && !skip.has(t.code))
      .sort((a, b) => scramble(a.code) - scramble(b.code) || a.code.localeCompare(b.code)),
  );
  const named = (t: Township) => ({
    province: t.county.province,
    county:
      countiesNamed(index, t.county.province, t.county.name).length > 1
        ? `${t.county.city}${t.county.name}`
        : t.county.name,
    town: t.name,
  });
  const picked = fixedCodes.map((code) => named(index.byCode.get(code)!));
  // Beyond the fixed pair, no two towns share a slug: the tests name the one collision they expect.
  const slugs = new Set(picked.map((t) => pinyinSlug(t.province, t.county, t.town)));
  for (let k = 0; picked.length < count && queues.some((q) => k < q.length); k++) {
    for (const q of queues) {
      if (k >= q.length || picked.length >= count) continue;
      const t = named(q[k]!);
      const slug = pinyinSlug(t.province, t.county, t.town);
      if (slugs.has(slug)) continue;
      slugs.add(slug);
      picked.push(t);
    }
  }
  // The fixed towns are strong enough to be on every list.
  return picked.map((t, i) => ({ ...t, strength: i < fixedCodes.length ? 85 : rng.int(5000, 9000) / 100 }));
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** One year's list: every town's score moves a little; the best `size` make the list. */
function edition(rng: Random, towns: FixtureTown[], size: number): RankingRow[] {
  const scored = towns.map((t) => {
    const indicators = FIXTURE_INDICATORS.map(() => round2(Math.min(100, t.strength + rng.int(-800, 800) / 100)));
    return { t, indicators, score: round2(indicators.reduce((a, b) => a + b, 0) / indicators.length) };
  });
  scored.sort((a, b) => b.score - a.score || a.t.town.localeCompare(b.t.town));
  return scored.slice(0, size).map((s, i) => ({
    rank: i + 1,
    town: s.t.town,
    county: s.t.county,
    province: s.t.province as RankingRow['province'],
    score: s.score,
    indicators: s.indicators,
  }));
}

/**
 * Write one entry and one data file per year into `<contentDir>/rankings/`; the first year as CSV,
 * the others as .xlsx. Returns the entry ids. `article` adds research/ceshi-bangdan-jiedu.mdx,
 * which embeds the data (its town, 孝丰镇, is the one of the test stories).
 * @example await writeRankingFixture('.cache/content', { years: [2024, 2025], size: 500 }) // ['2024-ceshi-500', '2025-ceshi-500']
 */
export async function writeRankingFixture(
  contentDir: string,
  {
    years,
    size,
    seed = 14,
    article = false,
  }: {
    years: readonly number[];
    size: number;
    seed?: number;
    /** Also write an MDX article embedding the data. */ article?: boolean;
  },
): Promise<string[]> {
  const rng = new Random(seed);
  const towns = pool(rng, Math.ceil(size * 1.12));
  const dir = path.join(contentDir, 'rankings');
  mkdirSync(dir, { recursive: true });
  const ids: string[] = [];
  for (const [i, year] of years.entries()) {
    const id = `${year}-ceshi-${size}`;
    const rows = edition(rng, towns, size);
    const dataFile = `${id}.${i === 0 ? 'csv' : 'xlsx'}`;
    const bytes =
      i === 0
        ? toCsv([rankingColumns(FIXTURE_INDICATORS).map((c) => c.label), ...rows.map(rowCells)])
        : await editionWorkbook(FIXTURE_INDICATORS, rows);
    writeFileSync(path.join(dir, dataFile), bytes);
    const front = {
      title: `${year} 年全国小城镇综合实力评价 ${size} 强镇（${TEST_MARK}）`,
      year,
      slug: `ceshi-${size}`,
      status: '已发布',
      summary: `${TEST_MARK}：${size} 个真实镇名配以程序随机生成的名次和分数，用于检查榜单页面，不是评价结果。`,
      source: `${TEST_MARK}，由 scripts/ranking-fixture.ts 生成`,
      dataFile,
      indicators: FIXTURE_INDICATORS,
    };
    writeFileSync(
      path.join(dir, `${id}.md`),
      `---\n${Object.entries(front)
        .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
        .join(
          '\n',
        )}\n---\n\n${TEST_MARK}：本榜单的镇名取自官方区划，名次与分数均为程序随机生成，不是真实的评价结果。\n`,
    );
    ids.push(id);
  }
  if (article) writeEmbedArticle(contentDir, ids.at(-1)!);
  return ids;
}

/** An MDX research article that embeds the latest edition's Zhejiang towns and one town's history. */
function writeEmbedArticle(contentDir: string, edition: string) {
  mkdirSync(path.join(contentDir, 'research'), { recursive: true });
  writeFileSync(
    path.join(contentDir, 'research', 'ceshi-bangdan-jiedu.mdx'),
    `---\ntitle: 榜单解读示例（${TEST_MARK}）\nsummary: ${TEST_MARK}：检查文章中嵌入的榜单表格与镇的历年名次。\nkind: 研究解读\nstatus: 已发布\n---\n\n` +
      `${TEST_MARK}：以下表格直接读取榜单数据文件。\n\n<EditionTable edition="${edition}" province="浙江省" />\n\n<TownRanks town="zhejiang-anji-xiaofeng" />\n\n<RankingChart edition="${edition}" />\n`,
  );
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      years: { type: 'string', default: '2024,2025' },
      size: { type: 'string', default: '500' },
    },
  });
  if (!values.out)
    throw new Error('用法：node scripts/ranking-fixture.ts --out <内容文件夹> [--years 2024,2025] [--size 500]');
  const ids = await writeRankingFixture(values.out, {
    years: values.years.split(',').map(Number),
    size: Number(values.size),
  });
  console.log(`已生成 ${ids.join('、')}`);
}
