/**
 * Search in real Chromium, under the public pages' CSP, on two built sites:
 *  - the search corpus (real content + tests/fixtures/search traps + generated filler),
 *    with a fixed list of Chinese queries: two-character words, four-character
 *    compounds, several words, filters only, date order;
 *  - the shared fixture site (seed content), for the seed's own phrases.
 */
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startServer, type RunningServer } from '../../scripts/lib/static-server.ts';
import { browserSkipReason, launchBrowser } from '../support/browser.ts';
import { buildSite } from '../support/build-site.ts';
import { TEST_CACHE } from '../support/paths.ts';
import { writeSearchCorpus, type CorpusEntry } from '../support/search-corpus.ts';

const skip = browserSkipReason();

/** The public pages' policy (hardening issue): no inline script, WebAssembly allowed, no workers beyond 'self'. */
const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'";

interface Shown {
  status: string;
  /** Result paths in screen order. */
  urls: string[];
  exact: string[];
  wider: string[];
}

async function openContext(browser: Browser, errors: string[]): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
  // Serve every response with the CSP, whatever dist/_headers says today.
  await context.route('**/*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': CSP } });
  });
  context.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
  });
  context.on('weberror', (e) => errors.push(e.error().message));
  return context;
}

const paths = (page: Page, selector: string) =>
  page.$$eval(selector, (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

async function waitForResults(page: Page) {
  await page.waitForSelector('#search-results:is([data-state="done"], [data-state="error"])', {
    state: 'attached',
    timeout: 10_000,
  });
  expect(await page.getAttribute('#search-results', 'data-state')).toBe('done');
}

/** Open /search/?… and read what is on screen, pressing “显示更多结果” until all is shown. */
async function search(page: Page, base: string, query: string, all = false): Promise<Shown> {
  await page.goto(`${base}/search/?${query}`);
  await waitForResults(page);
  const more = page.locator('#search-more');
  while (all && (await more.isVisible())) {
    const before = await page.locator('#search-results li').count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length > n, before);
  }
  return {
    status: (await page.textContent('#search-status')) ?? '',
    urls: await paths(page, '#search-results a'),
    exact: await paths(page, '[aria-labelledby="search-group-exact"] a'),
    wider: await paths(page, '[aria-labelledby="search-group-wider"] a'),
  };
}

const q = (text: string) => `q=${encodeURIComponent(text)}`;

describe.skipIf(skip)('search on the search corpus', () => {
  let corpus: CorpusEntry[];
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];
  const having = (phrase: string) => corpus.filter((e) => e.text.includes(phrase)).map((e) => e.url);

  beforeAll(async () => {
    const content = path.join(TEST_CACHE, 'search-content');
    const dist = path.join(TEST_CACHE, 'search-dist');
    corpus = writeSearchCorpus(content);
    const built = buildSite({ content, out: dist, env: { SITE_URL: 'https://gyxz.example.cn' } });
    if (!built.ok) throw new Error(`search corpus failed to build:\n${built.output}`);
    expect(built.output).toMatch(/\[pagefind\] indexed \d+ pages in \d+ ms/);
    server = await startServer({ dir: dist, port: 0 });
    browser = await launchBrowser();
    context = await openContext(browser, errors);
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('two-character word 回执: the pages that hold 回执, and not a page with 回 and 执 apart', async () => {
    const shown = await search(page, server.url, q('回执'), true);
    expect(shown.urls).toEqual(expect.arrayContaining(['/toolkits/canhui-huizhibiao/', '/forum/2026/']));
    expect(shown.urls).not.toContain('/policies/search-huizhi-apart/');
    expect(shown.status).toContain('包含完整的「回执」');
  });

  it('looks up a pair of characters as one word, even across words (色小 of 特色小镇)', async () => {
    // Pagefind indexes every pair of adjacent characters; the page asks for pairs instead of
    // single characters (src/search/bigrams.ts). Without either, 色小 would find nothing.
    const shown = await search(page, server.url, q('色小'), true);
    expect(having('色小').length).toBeGreaterThanOrEqual(2);
    expect(new Set(shown.urls)).toEqual(new Set(having('色小')));
  });

  it('an exact phrase in quotes still lines up after a single character (“夹具第 36 篇”)', async () => {
    const shown = await search(page, server.url, q('“夹具第 36 篇”'));
    expect(shown.urls[0]).toBe('/policies/search-filler-36/');
    expect(shown.status).toContain('其中 1 条包含完整的「夹具第 36 篇」');
  });

  it('four-character compound 特色小镇: exact pages first, then 特色 … 小镇 apart', async () => {
    const shown = await search(page, server.url, q('特色小镇'), true);
    const exact = having('特色小镇');
    expect(exact.length).toBeGreaterThanOrEqual(2);
    expect(new Set(shown.exact)).toEqual(new Set(exact));
    expect(shown.urls.slice(0, exact.length).sort()).toEqual([...exact].sort());
    // Plain Pagefind does find the split page: the phrase pass is what puts it lower.
    expect(shown.wider).toContain('/stories/search-tese-apart/');
    expect(shown.status).toMatch(/其中 2 条包含完整的「特色小镇」/);
  });

  it('several words 光伏 产业园: only pages with both words', async () => {
    const shown = await search(page, server.url, q('光伏 产业园'));
    expect(shown.urls).toEqual(['/stories/search-tese-xiaozhen/']);
  });

  it('filters only (section + year): exactly that section and year, newest first', async () => {
    const shown = await search(page, server.url, 'section=policies&year=2025', true);
    const expected = corpus.filter((e) => e.section === '政策解读' && e.date.startsWith('2025')).map((e) => e.url);
    expect(expected.length).toBeGreaterThan(10);
    expect(new Set(shown.urls)).toEqual(new Set(expected));
    const dates = await page.$$eval('#search-results time', (ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('province filter: only that province’s stories; the form shows the filter', async () => {
    const shown = await search(page, server.url, 'province=zhejiang');
    expect(shown.urls).toEqual(['/stories/search-tese-xiaozhen/']);
    expect(await page.inputValue('select[name="province"]')).toBe('zhejiang');
    const jiangsu = await search(page, server.url, `${q('小镇')}&province=jiangsu`);
    expect(jiangsu.urls).toEqual(['/stories/search-tese-apart/']);
  });

  it('sort by date keeps the exact tier first, dated pages newest first, undated after', async () => {
    const shown = await search(page, server.url, `${q('小镇')}&sort=date`, true);
    expect(shown.urls.length).toBeGreaterThan(10);
    for (const group of ['exact', 'wider']) {
      const dates = await page.$$eval(`[aria-labelledby="search-group-${group}"] li`, (items) =>
        items.map((li) => li.querySelector('time')?.getAttribute('datetime') ?? ''),
      );
      const dated = dates.filter(Boolean);
      expect(dated).toEqual([...dated].sort().reverse());
      // Undated pages (toolkits, research not yet released, standalone pages) come last.
      expect(dates.slice(0, dated.length).every(Boolean)).toBe(true);
    }
  });

  it('says plainly when nothing matches', async () => {
    const shown = await search(page, server.url, q('不存在的词语组合'));
    expect(shown.urls).toEqual([]);
    expect(shown.status).toContain('没有找到');
  });

  it('is usable by keyboard alone, announces the count politely and keeps the URL shareable', async () => {
    await page.goto(`${server.url}/search/`);
    const status = page.locator('#search-status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    await page.getByLabel('搜索', { exact: true }).focus();
    await page.keyboard.type('小镇');
    await page.keyboard.press('Enter');
    await waitForResults(page);
    expect(await status.textContent()).toMatch(/找到 \d+ 条结果/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('小镇');

    // Tab moves through the form to the first result, with a visible focus ring.
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.closest('#search-results') !== null)) break;
    }
    const ring = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return {
        inResults: document.activeElement!.closest('#search-results') !== null,
        style: s.outlineStyle,
        width: s.outlineWidth,
      };
    });
    expect(ring).toMatchObject({ inResults: true, style: 'solid' });
    expect(parseFloat(ring.width)).toBeGreaterThan(0);

    // “显示更多结果” by keyboard: focus lands on the first new result. Five are drawn at first
    // (each costs its page's fragment), ten more per press.
    const before = await page.locator('#search-results li').count();
    expect(before).toBe(5);
    await page.locator('#search-more').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length > n, before);
    const focused = await page.evaluate(() => {
      const items = [...document.querySelectorAll('#search-results li')];
      return items.indexOf(document.activeElement!.closest('li')!);
    });
    expect(focused).toBe(before);

    // Changing a filter updates results and the URL without leaving the page.
    await page.locator('#search-filters summary').click();
    await page.selectOption('select[name="section"]', 'stories');
    await page.waitForURL(/section=stories/);
    await waitForResults(page);
  });

  it('loads no search code on other pages, and Pagefind only when there is something to search', async () => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${server.url}/stories/search-tese-xiaozhen/`);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((r) => r.startsWith('/pagefind/') || r.includes('search'))).toEqual([
      '/stories/search-tese-xiaozhen/',
    ]);
    requests.length = 0;
    await page.goto(`${server.url}/search/`);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((r) => r.startsWith('/pagefind/'))).toEqual([]);
    // A query fetches Pagefind's code once, on the page: no Web Worker and its second copy.
    requests.length = 0;
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('特色小镇')}`);
    await waitForResults(page);
    const code = requests.filter((r) => r.startsWith('/pagefind/') && r.endsWith('.js'));
    expect(code).toEqual(['/pagefind/pagefind.js']);
  });

  it('raised no console error or CSP violation', () => {
    expect(errors).toEqual([]);
  });
});

describe.skipIf(skip)('search on the seed content', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await startServer({ dir: inject('fixtureDist'), port: 0 });
    browser = await launchBrowser();
    page = await (await openContext(browser, errors)).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const cases: [string, string[]][] = [
    ['回执', ['/toolkits/canhui-huizhibiao/', '/forum/2026/']],
    ['国务院第二招待宾馆', ['/forum/2026/', '/toolkits/canhui-huizhibiao/']],
    ['污水集中处理率', ['/research/pingjia-zhibiao-tixi/', '/research/pingjia-yanjiu-yiyi/']],
  ];
  for (const [query, expected] of cases) {
    it(`${query} finds ${expected.join(' and ')} among the first results`, async () => {
      const shown = await search(page, server.url, q(query));
      expect(shown.urls.slice(0, 5)).toEqual(expect.arrayContaining(expected));
      // The whole phrase is highlighted as one, not as its segmented pieces.
      const result = page.locator('#search-results li').first();
      expect(await result.locator('mark').allTextContents()).toContain(query);
      expect(await result.locator('.result-meta').textContent()).toMatch(/工具包|论坛|研究成果|镇域故事/);
    });
  }

  // ICU reads 新型城镇化 as 新型|城镇|化: its 城镇 would light up inside every 小城镇; 孝丰 of 孝丰镇
  // must not light up alone.
  for (const query of ['新型城镇化', '孝丰镇']) {
    it(`${query}: marks only the query as typed; each excerpt is one block, cut at sentences`, async () => {
      await search(page, server.url, q(query), true);
      const marks = await page.$$eval('#search-results mark', (ms) => ms.map((m) => m.textContent));
      expect(marks.length).toBeGreaterThan(0);
      expect(new Set(marks)).toEqual(new Set([query]));
      const excerpts = await page.$$eval('#search-results .result-excerpt', (ps) => ps.map((p) => p.textContent ?? ''));
      // Pagefind joins a page's blocks with ". "; page furniture (back links, copy buttons, WeChat hints) is not indexed.
      expect(excerpts.filter((e) => /\p{Script=Han}\.\s|返回论坛详情|复制|在微信里/u.test(e))).toEqual([]);
    });
  }

  // Town pages of the generated editions (scripts/ranking-fixture.ts) and the test stories.
  const towns: [string, string][] = [
    ['孝丰镇', '/towns/zhejiang-anji-xiaofeng/'],
    ['安吉县孝丰镇', '/towns/zhejiang-anji-xiaofeng/'],
    ['惠安县洛阳镇', '/towns/fujian-huian-luoyang/'],
    ['螺阳镇', '/towns/fujian-huian-luoyang-2/'],
  ];
  for (const [query, town] of towns) {
    it(`${query} puts the town page ${town} first`, async () => {
      const shown = await search(page, server.url, q(query));
      expect(shown.urls[0]).toBe(town);
    });
  }

  it('raised no console error or CSP violation', () => {
    expect(errors).toEqual([]);
  });
});
