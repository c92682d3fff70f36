/**
 * The edition page in real Chromium on a 375-px phone: the page itself never scrolls sideways (the
 * table scrolls in its own box, with a hint; its header row, rank and town columns stay in view); sort links and the province menu work
 * in place with the enhancement script, and as plain links without JavaScript.
 */
import { describe, expect, it } from 'vitest';
import { browserSkipReason } from '../support/browser.ts';
import { useFixtureBrowser } from '../support/site-server.ts';

const skip = browserSkipReason();
const EDITION = '/rankings/2025-ceshi-500/';
const PHONE = { viewport: { width: 375, height: 740 } };

describe.skipIf(skip)('edition page', () => {
  const site = useFixtureBrowser();
  const ranks = (page: import('playwright-core').Page) =>
    page.$$eval('table[data-ranking-table] tbody tr:not([hidden])', (rows) =>
      rows.map((r) => Number((r as HTMLTableRowElement).cells[0]!.textContent)),
    );

  it('fits a 375-px phone: the page does not scroll sideways, rank and town stay at the left, the header on top', async () => {
    const page = await (await site.browser.newContext(PHONE)).newPage();
    await page.goto(`${site.server.url}${EDITION}`);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
    // The edition's own table; the page has another, under its chart of towns per province.
    const table = page.locator('.scroll-table:has(table[data-ranking-table])');
    expect(await table.locator('.scroll-hint').isVisible()).toBe(true);
    // Swiped left and down inside its box: the header row still at the box's top, rank and town at its left.
    const at = await table.locator('.scroll-box').evaluate((box) => {
      box.scrollIntoView();
      box.scrollLeft = 400;
      box.scrollTop = 2000;
      const edge = box.getBoundingClientRect();
      const row = [...box.querySelectorAll('tbody tr')].find((r) => r.getBoundingClientRect().top > edge.top + 100)!;
      const [rank, town] = [...row.children].map((c) => c.getBoundingClientRect());
      const head = box.querySelector('thead th:nth-child(2)')!.getBoundingClientRect();
      return {
        scrolled: [box.scrollLeft, box.scrollTop],
        rank: rank!.left - edge.left,
        town: town!.left - rank!.right,
        head: [head.top - edge.top, head.left - town!.left],
      };
    });
    expect(at.scrolled[0]).toBeGreaterThan(300);
    expect(at.scrolled[1]).toBeGreaterThan(1000);
    expect(at.rank).toBeLessThan(2);
    expect(Math.abs(at.town)).toBeLessThan(1);
    expect(at.head[0]).toBeLessThan(2);
    expect(Math.abs(at.head[1]!)).toBeLessThan(1);
  });

  it('a ranking table in an article scrolls in its box, which keeps the header row on top', async () => {
    const page = await (await site.browser.newContext(PHONE)).newPage();
    await page.goto(`${site.server.url}/research/ceshi-bangdan-jiedu/`);
    const box = page.locator('.scroll-box:has(table.ranking-table)');
    const at = await box.evaluate((el) => {
      const table = el.querySelector('table')!;
      el.scrollIntoView();
      el.scrollTop = 400;
      const head = el.querySelector('thead th')!.getBoundingClientRect().top - el.getBoundingClientRect().top;
      return { display: getComputedStyle(table).display, scrolled: el.scrollTop, head };
    });
    // Not a scroll box of its own inside the box (the article's rule for Markdown tables).
    expect(at.display).toBe('table');
    expect(at.scrolled).toBeGreaterThan(300);
    expect(at.head).toBeLessThan(2);
  });

  it('sorts and filters in place with the script', async () => {
    const page = await (await site.browser.newContext(PHONE)).newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.server.url}${EDITION}`);
    const before = await ranks(page);
    expect(before).toEqual(before.toSorted((a, b) => a - b));
    await page.locator('thead a[data-sort="i1"]').click();
    expect(new URL(page.url()).pathname).toBe(`${EDITION}sort/i1/`);
    const values = await page.$$eval('table[data-ranking-table] tbody tr', (rows) =>
      rows.map((r) => Number((r as HTMLTableRowElement).cells[5]!.textContent)),
    );
    expect(values).toEqual(values.toSorted((a, b) => b - a));
    expect(await page.getAttribute('thead th:nth-child(6)', 'aria-sort')).toBe('descending');

    await page.selectOption('form[data-ranking-filter] select', '浙江省');
    const provinces = await page.$$eval('table[data-ranking-table] tbody tr:not([hidden])', (rows) =>
      rows.map((r) => (r as HTMLTableRowElement).cells[3]!.textContent),
    );
    expect(provinces.length).toBeGreaterThan(0);
    expect(new Set(provinces)).toEqual(new Set(['浙江省']));
    expect(await page.textContent('form[data-ranking-filter] output')).toBe(`浙江省：${provinces.length} 个镇`);
    expect(errors).toEqual([]);
  });

  it('sorts and filters through plain links without JavaScript', async () => {
    const page = await (await site.browser.newContext({ ...PHONE, javaScriptEnabled: false })).newPage();
    await page.goto(`${site.server.url}${EDITION}`);
    expect(await page.isVisible('form[data-ranking-filter]')).toBe(false);
    await page.locator('thead a[data-sort="score"]').click();
    await page.waitForURL(`**${EDITION}sort/score/`);
    const scores = await page.$$eval('tbody tr', (rows) =>
      rows.map((r) => Number((r as HTMLTableRowElement).cells[4]!.textContent)),
    );
    expect(scores).toEqual(scores.toSorted((a, b) => b - a));
    await page.getByRole('link', { name: '浙江省', exact: true }).first().click();
    await page.waitForURL(`**${EDITION}provinces/zhejiang/`);
    expect(new Set(await page.$$eval('tbody tr td:nth-child(4)', (tds) => tds.map((t) => t.textContent)))).toEqual(
      new Set(['浙江省']),
    );
  });
});
