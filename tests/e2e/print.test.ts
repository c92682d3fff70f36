/**
 * Printing in real Chromium: print media on a window as wide as the printable part of an A4 page in
 * portrait (Chromium's default margins of 1 cm). Every table prints whole: none is wider than the page,
 * and none sits in a box that scrolls or clips. Paper always gets the light colours, whatever the
 * reader's system colour scheme.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSkipReason } from '../support/browser.ts';
import { useFixtureBrowser } from '../support/site-server.ts';

const skip = browserSkipReason();
const EDITION = '/rankings/2025-ceshi-500/';

/** A4 portrait less 1 cm margins, in CSS pixels (96 per inch). */
const MM = 96 / 25.4;
const A4 = { width: Math.floor((210 - 20) * MM), height: Math.floor((297 - 20) * MM) };

/** Every table of the page: how far it reaches past the page's edges, and which of its boxes scroll or clip. */
const tables = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('table')].map((table) => {
      const box = table.getBoundingClientRect();
      const clipping: string[] = [];
      for (let e: Element | null = table; e && e !== document.body; e = e.parentElement) {
        const s = getComputedStyle(e);
        if (s.overflowX !== 'visible' || s.overflowY !== 'visible') clipping.push(`${e.tagName} ${e.className}`);
      }
      return {
        name: table.caption?.textContent ?? table.closest('[aria-label]')?.getAttribute('aria-label') ?? '',
        past: Math.max(0, -box.left, box.right - width),
        clipping,
      };
    });
  });

/** The colours a page prints in: its text, headings and links, the brand colour of chart marks, every colour token. */
const colours = (page: Page) =>
  page.evaluate(() => {
    const colour = (selector: string, property: 'color' | 'fill' = 'color') => {
      const e = document.querySelector(selector);
      return e && getComputedStyle(e)[property];
    };
    return {
      body: colour('body'),
      background: getComputedStyle(document.body).backgroundColor,
      h1: colour('main h1'),
      h2: colour('main h2'),
      link: colour('main p a'),
      mark: colour('.chart .chart-bar', 'fill'),
      scheme: getComputedStyle(document.documentElement).colorScheme,
      tokens: Object.fromEntries(
        [...getComputedStyle(document.documentElement)]
          .filter((name) => name.startsWith('--color-'))
          .map((name) => [name, getComputedStyle(document.documentElement).getPropertyValue(name)]),
      ),
    };
  });

describe.skipIf(skip)('printing on A4', () => {
  const site = useFixtureBrowser();

  /** The edition page, its first town, that town's province and the article that embeds the edition. */
  async function pages(page: Page): Promise<string[]> {
    await page.goto(`${site.server.url}${EDITION}`);
    const town = (await page.getAttribute('table[data-ranking-table] tbody a', 'href'))!;
    await page.goto(`${site.server.url}${town}`);
    const province = (await page.getAttribute('a[href^="/towns/provinces/"]', 'href'))!;
    return [EDITION, town, province, '/research/ceshi-bangdan-jiedu/'];
  }

  it('prints every table whole, within the width of the page', async () => {
    const context = await site.browser.newContext({ viewport: A4 });
    const page = await context.newPage();
    // On screen the edition's table is wider than the page and scrolls in its box: paper has to do better.
    await page.goto(`${site.server.url}${EDITION}`);
    const wide = await page
      .locator('.scroll-box:has(table[data-ranking-table])')
      .evaluate((b) => b.scrollWidth - b.clientWidth);
    expect(wide).toBeGreaterThan(0);
    for (const route of await pages(page)) {
      await page.goto(`${site.server.url}${route}`);
      await page.emulateMedia({ media: 'print' });
      const found = await tables(page);
      expect(found.length, route).toBeGreaterThan(0);
      for (const t of found) {
        expect(t.past, `${route}: ${t.name}`).toBeLessThanOrEqual(0.5);
        expect(t.clipping, `${route}: ${t.name}`).toEqual([]);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth), route).toBeLessThanOrEqual(A4.width);
      await page.emulateMedia({ media: null });
    }
    await context.close();
  });

  it('prints in the light colours when the system scheme is dark', async () => {
    const printed: Record<string, Awaited<ReturnType<typeof colours>>[]> = {};
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await site.browser.newContext({ viewport: A4, colorScheme });
      const page = await context.newPage();
      for (const route of await pages(page)) {
        await page.goto(`${site.server.url}${route}`);
        await page.emulateMedia({ media: 'print', colorScheme });
        (printed[route] ??= []).push(await colours(page));
      }
      await context.close();
    }
    for (const [route, [light, dark]] of Object.entries(printed)) {
      expect(light!.background, route).toBe('rgb(255, 255, 255)');
      expect(light!.body, route).toBe('rgb(0, 0, 0)');
      expect(light!.h1, route).toBe('rgb(0, 0, 0)');
      expect(dark, route).toEqual(light);
    }
    // The pages have all the parts compared: headings, links in text, chart marks and the tokens.
    const all = Object.values(printed).flat();
    expect({
      h2: all.some((c) => c.h2),
      link: all.some((c) => c.link),
      mark: all.some((c) => c.mark),
      tokens: all.every((c) => Object.keys(c.tokens).length > 10),
    }).toEqual({ h2: true, link: true, mark: true, tokens: true });
  });
});
