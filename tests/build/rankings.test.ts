/**
 * Rankings on the fixture site: two generated editions of 500 real towns with made-up ranks (scripts/ranking-fixture.ts),
 * checked on disk against the data files the build read.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { FIXTURE_INDICATORS, TEST_MARK } from '../../scripts/ranking-fixture.ts';
import { readEdition } from '../../src/rankings/read-edition.ts';
import { FIXTURE_BUILD_LOG, FIXTURE_CONTENT } from '../support/paths.ts';
import { xlsxRows } from '../support/xlsx-rows.ts';

const dist = inject('fixtureDist');
const read = (route: string) => readFileSync(path.join(dist, route, route.includes('.') ? '' : 'index.html'), 'utf8');
const text = (route: string) =>
  read(route)
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
const pages = (dir: string): string[] =>
  readdirSync(path.join(dist, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('index.html'))
    .map((f) => `/${dir}/${path.dirname(f)}/`.replace(/\/\.\/$/, '/'));
const bodyRows = (html: string) => [...html.matchAll(/<tr><td>(\d+)<\/td><th scope="row"><a href="([^"]+)">([^<]+)</g)];
const edition2025 = () => readEdition(path.join(FIXTURE_CONTENT, 'rankings/2025-ceshi-500.xlsx'), FIXTURE_INDICATORS);

describe('edition pages', () => {
  it('show every row of the data file, in rank order, each town linked to its page', async () => {
    const { rows } = await edition2025();
    const shown = bodyRows(read('/rankings/2025-ceshi-500/'));
    expect(shown).toHaveLength(500);
    expect(shown.map((m) => [Number(m[1]), m[3]])).toEqual(rows.map((r) => [r.rank, r.town]));
    for (const m of shown.slice(0, 20)) expect(existsSync(path.join(dist, m[2]!, 'index.html')), m[2]).toBe(true);
  });

  it('sort by a column and filter by province as static pages, the rows still complete', async () => {
    const { rows } = await edition2025();
    const byFirst = bodyRows(read('/rankings/2025-ceshi-500/sort/i1/')).map((m) => Number(m[1]));
    const values = byFirst.map((rank) => rows[rank - 1]!.indicators[0]!);
    expect(byFirst).toHaveLength(500);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(read('/rankings/2025-ceshi-500/')).toContain('href="/rankings/2025-ceshi-500/sort/i1/"');
    const zhejiang = bodyRows(read('/rankings/2025-ceshi-500/provinces/zhejiang/')).map((m) => Number(m[1]));
    expect(zhejiang).toEqual(rows.filter((r) => r.province === '浙江省').map((r) => r.rank));
  });

  it('load the enhancement script on the edition page only, not on town or province pages', () => {
    const scripts = (route: string) => [...read(route).matchAll(/<script type="module" src="([^"]+)"/g)].length;
    expect(scripts('/rankings/2025-ceshi-500/')).toBe(1);
    expect(scripts('/towns/zhejiang-anji-xiaofeng/')).toBe(0);
    expect(scripts('/rankings/2025-ceshi-500/provinces/zhejiang/')).toBe(0);
  });

  it('offer CSV and .xlsx downloads holding the same rows, and Dataset JSON-LD naming them', async () => {
    const { rows } = await edition2025();
    const csv = readFileSync(path.join(dist, 'rankings/2025-ceshi-500/2025-ceshi-500.csv'), 'utf8');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(['排名', '镇', '县（市、区）', '省份', '总分', ...FIXTURE_INDICATORS].join(','));
    expect(lines).toHaveLength(501);
    const r = rows[41]!;
    expect(lines[42]).toBe([r.rank, r.town, r.county, r.province, r.score, ...r.indicators].join(','));
    const xlsx = await xlsxRows(path.join(dist, 'rankings/2025-ceshi-500/2025-ceshi-500.xlsx'));
    expect(xlsx.map((row) => row.join(','))).toEqual(lines);
    const ld = /<script type="application\/ld\+json">([^<]*"Dataset"[^<]*)<\/script>/.exec(
      read('/rankings/2025-ceshi-500/'),
    );
    const dataset = JSON.parse(ld![1]!) as { name: string; distribution: { contentUrl: string }[] };
    expect(dataset.name).toContain(TEST_MARK);
    expect(dataset.distribution.map((d) => d.contentUrl)).toEqual([
      'https://gyxz.example.cn/rankings/2025-ceshi-500/2025-ceshi-500.csv',
      'https://gyxz.example.cn/rankings/2025-ceshi-500/2025-ceshi-500.xlsx',
    ]);
  });

  it('offer editors the blank template made from the content definition, in the CMS, not on the public page', async () => {
    expect(await xlsxRows(path.join(dist, 'rankings/template.xlsx'))).toEqual([
      ['排名', '镇', '县（市、区）', '省份', '总分'],
    ]);
    expect(read('/rankings/')).not.toMatch(/编辑用|template\.xlsx|在 CMS 中上传/u);
    expect(readFileSync(path.join(dist, 'admin/config.yml'), 'utf8')).toContain(
      '[空白模板（.xlsx）](/rankings/template.xlsx)',
    );
  });
});

describe('town pages', () => {
  it('one page per town of both editions and the stories; each says it is test data when it shows test rankings', () => {
    const towns = pages('towns').filter((p) => !p.startsWith('/towns/provinces/') && p !== '/towns/');
    // 500 towns a year from a pool of 560, so more than 500 and at most 560, plus the story-only town.
    expect(towns.length).toBeGreaterThan(500);
    expect(towns.length).toBeLessThanOrEqual(561);
    for (const p of [
      ...pages('rankings'),
      ...towns.filter((t) => t !== '/towns/sichuan-leshan-baima/'),
      ...pages('towns/provinces'),
    ]) {
      if (p !== '/rankings/') expect(text(p), p).toContain(TEST_MARK);
    }
  });

  it('give the rank in every edition and the change, the indicators, the stories and the county', async () => {
    const { rows } = await edition2025();
    const row = rows.find((r) => r.town === '孝丰镇')!;
    const page = text('/towns/zhejiang-anji-xiaofeng/');
    expect(page).toContain('2025 年全国小城镇综合实力评价 500 强镇（测试数据）');
    expect(page).toContain('2024 年全国小城镇综合实力评价 500 强镇（测试数据）');
    expect(page).toMatch(new RegExp(`${row.rank} (上升 \\d+ 位|下降 \\d+ 位|持平) ${row.score}`));
    expect(page).toContain(`经济发展质量 ${row.indicators[0]}`);
    expect(page).toContain('同一个镇的第二篇');
  });

  it('show 省 · 市 · 县 · 镇 from the official divisions, and the division code', () => {
    // One run of text (a search for 安吉县孝丰镇 matches it), the dots drawn between the parts.
    const parts = (...names: string[]) => new RegExp(names.map((n) => `<span[^>]*>${n}</span>`).join(''));
    const page = read('/towns/zhejiang-anji-xiaofeng/');
    expect(page).toMatch(parts('浙江省', '湖州市', '安吉县', '孝丰镇'));
    expect(text('/towns/zhejiang-anji-xiaofeng/')).toContain('统计用区划代码 330523105');
    // A story names its town with the city, which tells the two 市中区 of 四川省 apart.
    expect(read('/towns/sichuan-leshan-baima/')).toMatch(parts('四川省', '乐山市', '市中区', '白马镇'));
    expect(text('/towns/sichuan-leshan-baima/')).toContain('统计用区划代码 511102103');
  });

  it('tell equal pinyin apart deterministically, and say so in the build log', () => {
    // 洛阳镇 and 螺阳镇 of 惠安县 read the same; the neighbours in one county link each other.
    expect(text('/towns/fujian-huian-luoyang/')).toContain('洛阳镇');
    expect(text('/towns/fujian-huian-luoyang-2/')).toContain('螺阳镇');
    expect(text('/towns/fujian-huian-luoyang/')).toMatch(/同县（市、区）的其他镇( \S+)* 螺阳镇 /);
    const notes = readFileSync(FIXTURE_BUILD_LOG, 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('[towns] '));
    // Once per build, not once per page that lists towns.
    expect(notes).toEqual([
      '[towns] 「螺阳镇，惠安县，福建省」的拼音 fujian-huian-luoyang 已被「洛阳镇，惠安县，福建省」使用，改用 fujian-huian-luoyang-2',
    ]);
  });

  it('are what the old /stories/towns/ URLs redirect to', () => {
    const old = read('/stories/towns/zhejiang-anji-xiaofeng/');
    expect(old).toContain('<meta http-equiv="refresh" content="0; url=/towns/zhejiang-anji-xiaofeng/">');
    expect(old).toContain('<a href="/towns/zhejiang-anji-xiaofeng/">');
    expect(read('/stories/towns/')).toContain('content="0; url=/towns/"');
  });

  it('are shared with the town and its latest place as the title, card and poster', async () => {
    const { rows } = await edition2025();
    const rank = rows.find((r) => r.town === '孝丰镇')!.rank;
    const page = read('/towns/zhejiang-anji-xiaofeng/');
    const title = `孝丰镇 · 2025 年全国小城镇综合实力评价 500 强镇（测试数据）第 ${rank} 名`;
    expect(page).toContain(`<meta property="og:title" content="${title}">`);
    expect(page).toContain('content="https://gyxz.example.cn/og/towns/zhejiang-anji-xiaofeng.png"');
    expect(existsSync(path.join(dist, 'og/towns/zhejiang-anji-xiaofeng.png'))).toBe(true);
    expect(page).toContain('href="/share/?p=%2Ftowns%2Fzhejiang-anji-xiaofeng%2F"');
  });

  it('are indexed for search, with the town name as the heading', () => {
    const page = read('/towns/zhejiang-anji-xiaofeng/');
    expect(page).toContain('data-pagefind-body');
    expect(page).toMatch(/<h1[^>]*>孝丰镇<\/h1>/);
  });
});

describe('MDX articles', () => {
  it("embed an edition filtered to a province and a town's rank history, read from the data", async () => {
    const { rows } = await edition2025();
    const page = read('/research/ceshi-bangdan-jiedu/');
    const shown = bodyRows(page).map((m) => [Number(m[1]), m[3]]);
    const zhejiang = rows.filter((r) => r.province === '浙江省').map((r) => [r.rank, r.town]);
    expect(shown).toEqual(zhejiang);
    expect(text('/research/ceshi-bangdan-jiedu/')).toContain('孝丰镇的历年名次');
    expect(page).toContain('href="/towns/zhejiang-anji-xiaofeng/"');
  });
});

describe('size', () => {
  it('a 500-row edition page stays a plain table: no per-cell attributes', () => {
    const html = read('/rankings/2025-ceshi-500/');
    const body = html.slice(html.indexOf('<tbody>'), html.indexOf('</tbody>'));
    expect(body).not.toMatch(/<t[dh] [^>]*class=/);
  });
});
