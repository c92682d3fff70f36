/**
 * The content queries (src/content.ts) over in-memory collections (tests/support/astro-content.ts):
 * what each page is given, without a build.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toCsv } from '../../src/rankings/to-csv.ts';
import { mockedAstroContent, seedData, type MockEntries } from '../support/astro-content.ts';

/** The queries over these entries only; a fresh module each time, as each build starts without the queries' caches. */
async function queries(entries: MockEntries) {
  vi.resetModules();
  vi.doMock('astro:content', () => mockedAstroContent(entries));
  return import('../../src/content.ts');
}

afterEach(() => {
  vi.doUnmock('astro:content');
  vi.unstubAllEnvs();
});

const news = (title: string, date: string, more: Record<string, unknown> = {}) => ({
  title,
  date,
  summary: `${title}的摘要。`,
  ...more,
});

const story = (town: string, province: string, townSlug: string, date: string) => ({
  title: `测试故事：${town}`,
  date,
  summary: '测试摘要。',
  province,
  city: '测试市测试县',
  town,
  townSlug,
  author: '测试通讯员',
});

const forum = seedData('forum/2026.md');
const reply = seedData('forms/reply.md');
const questionnaire = seedData('forms/questionnaire.md');

describe('sectionEntries and standalonePages', () => {
  it('give published entries only, newest first, undated last', async () => {
    const q = await queries({
      news: [
        ['old', news('测试旧闻', '2026-01-02')],
        ['draft', news('测试草稿', '2026-06-01', { draft: true })],
        ['new', news('测试新闻', '2026-05-01')],
      ],
      research: [
        ['undated', { title: '测试未发布的报告', summary: '测试摘要。', kind: '评价报告', status: '待发布' }],
        ['dated', { title: '测试报告', summary: '测试摘要。', date: '2025-12-01', kind: '评价报告', status: '已发布' }],
      ],
      pages: [
        ['about', { title: '测试关于', summary: '测试摘要。' }],
        ['hidden', { title: '测试隐藏页', summary: '测试摘要。', draft: true }],
      ],
    });
    expect((await q.sectionEntries('news')).map((e) => e.id)).toEqual(['new', 'old']);
    expect((await q.sectionEntries('research')).map((e) => e.id)).toEqual(['dated', 'undated']);
    expect((await q.sectionEntries('policies')).map((e) => e.id)).toEqual([]);
    expect((await q.standalonePages()).map((e) => e.id)).toEqual(['about']);
  });
});

describe('siteSettings', () => {
  it('gives the settings, and stops with a Chinese message when the file is missing', async () => {
    const q = await queries({ settings: [['site', seedData('settings/site.json')]] });
    expect((await q.siteSettings()).siteName).toBe(seedData('settings/site.json')['siteName']);
    await expect((await queries({})).siteSettings()).rejects.toThrow('content/settings/site.json 缺失');
  });
});

describe('forum editions and their forms', () => {
  const editions: MockEntries['forum'] = [
    ['2026', forum],
    ['2027', { ...forum, title: '测试第三届论坛', edition: 3, date: '2027-04-10' }],
    ['2028', { ...forum, title: '测试未公开的论坛', edition: 4, date: '2028-04-10', draft: true }],
  ];

  it('currentForum: the next upcoming edition, still on its day, else the latest', async () => {
    const q = await queries({ forum: editions });
    expect((await q.currentForum(new Date('2026-03-01')))?.id).toBe('2026');
    expect((await q.currentForum(new Date('2026-04-03T20:00:00Z')))?.id).toBe('2026');
    expect((await q.currentForum(new Date('2026-05-01')))?.id).toBe('2027');
    expect((await q.currentForum(new Date('2030-01-01')))?.id).toBe('2027');
    expect(await (await queries({})).currentForum()).toBeUndefined();
  });

  it('the reply form goes under every published edition, the questionnaire at /forms/<id>/', async () => {
    const q = await queries({
      forum: editions,
      forms: [
        ['reply', reply],
        ['questionnaire', questionnaire],
      ],
    });
    expect((await q.editionReplyPaths()).map((p) => [p.params.edition, p.props.form.id])).toEqual([
      ['2027', 'reply'],
      ['2026', 'reply'],
    ]);
    expect((await q.standaloneForms()).map((f) => f.id)).toEqual(['questionnaire']);
    expect(await q.onlineFormLink('questionnaire')).toEqual({ href: '/forms/questionnaire/', title: '镇域发展问卷' });
    // The reply form goes under the edition readers see first on that day.
    vi.setSystemTime(new Date('2026-03-01'));
    try {
      expect(await q.onlineFormLink('reply')).toEqual({ href: '/forum/2026/register/', title: '参会回执表' });
    } finally {
      vi.useRealTimers();
    }
    expect(await q.onlineFormLink('nothing')).toBeUndefined();
  });

  it('no reply form: no register pages', async () => {
    const q = await queries({ forum: editions, forms: [['questionnaire', questionnaire]] });
    expect(await q.editionReplyPaths()).toEqual([]);
  });

  it('onlineForms stops on a form the schema lets through but the site cannot show, naming the file', async () => {
    const [first] = questionnaire['sections'] as { fields: Record<string, unknown>[] }[];
    const broken = {
      ...questionnaire,
      sections: [{ ...first, fields: [{ key: 'one', label: '测试单选', kind: '单选' }] }],
    };
    const q = await queries({ forms: [['questionnaire', broken]] });
    await expect(q.onlineForms()).rejects.toThrow(/^content\/forms\/questionnaire\.md：\n.*「测试单选」是单选/);
  });
});

describe('stories by province and by town', () => {
  const stories: MockEntries['stories'] = [
    ['a', story('测试甲镇', '浙江省', 'ceshi-jia-zhen', '2026-05-10')],
    ['b', story('测试乙镇', '北京市', 'ceshi-yi-zhen', '2026-05-11')],
    ['c', story('测试甲镇', '浙江省', 'ceshi-jia-zhen', '2026-05-12')],
    ['d', { ...story('测试丙镇', '四川省', 'ceshi-bing-zhen', '2026-05-13'), draft: true }],
  ];

  it('groups provinces in the order of the official list, each with its towns', async () => {
    const q = await queries({ stories });
    const provinces = await q.storiesByProvince();
    expect(provinces.map((p) => [p.name, p.slug, p.stories.map((s) => s.id)])).toEqual([
      ['北京市', 'beijing', ['b']],
      ['浙江省', 'zhejiang', ['c', 'a']],
    ]);
    expect(provinces[1]!.towns.map((t) => t.slug)).toEqual(['ceshi-jia-zhen']);
  });

  it('groups a town’s stories under its slug, towns by their newest story', async () => {
    const q = await queries({ stories });
    expect((await q.storiesByTown()).map((t) => [t.slug, t.name, t.province, t.stories.map((s) => s.id)])).toEqual([
      ['ceshi-jia-zhen', '测试甲镇', '浙江省', ['c', 'a']],
      ['ceshi-yi-zhen', '测试乙镇', '北京市', ['b']],
    ]);
  });
});

describe('ranking editions and towns', () => {
  /** A content folder with these CSV data files in rankings/ (CONTENT_DIR points at it for the test). */
  function dataFiles(files: Record<string, (string | number)[][]>): void {
    const dir = mkdtempSync(path.join(tmpdir(), 'content-queries-'));
    mkdirSync(path.join(dir, 'rankings'));
    const header = ['排名', '镇', '县（市、区）', '省份', '总分'];
    for (const [name, rows] of Object.entries(files)) {
      writeFileSync(path.join(dir, 'rankings', name), toCsv([header, ...rows]));
    }
    vi.stubEnv('CONTENT_DIR', dir);
  }
  const edition = (year: number, status: string, dataFile: string) => ({
    title: `测试数据：${year} 年测试榜单`,
    year,
    slug: 'ceshi-bang',
    status,
    summary: '测试摘要。',
    source: '测试数据来源。',
    dataFile,
  });

  it('reads the rows of published editions only, newest year first, and indexes their towns', async () => {
    dataFiles({
      '2024.csv': [[1, '测试甲镇', '测试县', '浙江省', 90]],
      '2025.csv': [
        [1, '测试乙镇', '测试县', '北京市', 95],
        [2, '测试甲镇', '测试县', '浙江省', 91],
      ],
    });
    const q = await queries({
      rankings: [
        ['2024-ceshi-bang', edition(2024, '已发布', '2024.csv')],
        ['2025-ceshi-bang', edition(2025, '已发布', '2025.csv')],
        ['2026-ceshi-bang', edition(2026, '待发布', 'missing.csv')],
      ],
      stories: [['a', story('测试甲镇', '浙江省', 'ceshi-jia-zhen', '2026-05-10')]],
    });
    const editions = await q.rankingEditions();
    expect(editions.map((e) => [e.id, e.rows.map((r) => r.town)])).toEqual([
      ['2025-ceshi-bang', ['测试乙镇', '测试甲镇']],
      ['2024-ceshi-bang', ['测试甲镇']],
    ]);
    const towns = await q.rankedTowns();
    const jia = towns.find((t) => t.town === '测试甲镇')!;
    // The story's town slug names the ranked town: one page for both.
    expect([jia.slug, jia.results.map((r) => r.row.rank), jia.stories.map((s) => s.id)]).toEqual([
      'ceshi-jia-zhen',
      [2, 1],
      ['a'],
    ]);
    expect((await q.townSlugs()).get('浙江省|测试县|测试甲镇')).toBe('ceshi-jia-zhen');
  });

  it('town paths: each town with the other towns of its county and its province count; provinces with towns', async () => {
    dataFiles({
      '2025.csv': [
        [1, '测试甲镇', '测试县', '浙江省', 95],
        [2, '测试乙镇', '测试县', '浙江省', 91],
        [3, '测试丙镇', '另一测试县', '浙江省', 90],
        [4, '测试丁镇', '测试县', '北京市', 89],
      ],
    });
    const q = await queries({ rankings: [['2025-ceshi-bang', edition(2025, '已发布', '2025.csv')]] });
    const pages = new Map(
      (await q.townPaths()).map((p) => [
        p.props.town.town,
        [p.params.town, p.props.county.map((t) => t.town), p.props.inProvince],
      ]),
    );
    expect(pages.get('测试甲镇')).toEqual([expect.any(String), ['测试乙镇'], 3]);
    expect(pages.get('测试丙镇')).toEqual([expect.any(String), [], 3]);
    // The same county name in another province is another county.
    expect(pages.get('测试丁镇')).toEqual([expect.any(String), [], 1]);
    const provinces = await q.provinceTownPaths();
    expect(provinces.map((p) => [p.params.province, p.props.towns.length, p.props.editions.length])).toEqual([
      ['beijing', 1, 1],
      ['zhejiang', 3, 1],
    ]);
  });

  it('stops on a published edition whose data file has a bad row, naming the file', async () => {
    dataFiles({ '2025.csv': [['第一', '测试甲镇', '测试县', '浙江省', 90]] });
    const q = await queries({ rankings: [['2025-ceshi-bang', edition(2025, '已发布', '2025.csv')]] });
    await expect(q.rankingEditions()).rejects.toThrow(/^内容有误：.*rankings\/2025\.csv\n {2}字段 第 2 行「排名」/);
  });
});
