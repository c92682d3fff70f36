/**
 * The charts in real Chromium on a 320-px phone (src/charts/): in light and dark mode and with 大字 the
 * page does not scroll sideways and every word of a drawing lies inside it; the drawing takes its
 * colours from the tokens and grows with 大字; its table opens under 「数据表」 and is printed on paper.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSkipReason } from '../support/browser.ts';
import { useFixtureBrowser } from '../support/site-server.ts';

const skip = browserSkipReason();
const EDITION = '/rankings/2025-ceshi-500/';
const SMALL = { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true };

/** How the charts of the page are laid out and coloured. */
const measure = (page: Page) =>
  page.evaluate(() => {
    const root = getComputedStyle(document.documentElement);
    return {
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      brand: root.getPropertyValue('--color-brand').trim(),
      background: getComputedStyle(document.body).backgroundColor,
      charts: [...document.querySelectorAll<SVGSVGElement>('figure.chart > svg[role="img"]')].map((svg) => {
        const box = svg.getBoundingClientRect();
        const texts = [...svg.querySelectorAll('text')].map((t) => t.getBoundingClientRect());
        const bar = svg.querySelector('.chart-bar, .chart-dot');
        return {
          width: box.width,
          height: box.height,
          fontSize: parseFloat(getComputedStyle(svg).fontSize),
          outside: texts.filter((t) => t.left < box.left - 0.5 || t.right > box.right + 0.5).length,
          texts: texts.length,
          mark: bar && getComputedStyle(bar)[bar.classList.contains('chart-dot') ? 'stroke' : 'fill'],
          text: getComputedStyle(svg.querySelector('text')!).fill,
        };
      }),
    };
  });

/** A colour as the rgb() string Chromium computes. */
const rgb = (page: Page, color: string) =>
  page.evaluate((c) => {
    const probe = document.createElement('i');
    probe.style.color = c;
    document.body.append(probe);
    const value = getComputedStyle(probe).color;
    probe.remove();
    return value;
  }, color);

/** The edition page and the page of its first town. */
async function pages(page: Page, url: string): Promise<string[]> {
  await page.goto(`${url}${EDITION}`);
  return [EDITION, (await page.getAttribute('table[data-ranking-table] tbody a', 'href'))!];
}

describe.skipIf(skip)('charts on a 320-px phone', () => {
  const site = useFixtureBrowser();

  for (const scheme of ['light', 'dark'] as const) {
    for (const large of [false, true]) {
      it(`fit the screen with every word inside the drawing, in colours of the tokens (${scheme}${large ? ', 大字' : ''})`, async () => {
        const context = await site.browser.newContext({ ...SMALL, colorScheme: scheme });
        if (large) await context.addInitScript(() => localStorage.setItem('gyxz-display', '{"large":true}'));
        const page = await context.newPage();
        for (const route of await pages(page, site.server.url)) {
          await page.goto(`${site.server.url}${route}`);
          const m = await measure(page);
          expect(m.overflow, route).toBeLessThanOrEqual(0);
          expect(m.charts.length, route).toBeGreaterThan(0);
          for (const c of m.charts) {
            expect(c.width, route).toBeLessThanOrEqual(320);
            expect(c.texts, route).toBeGreaterThan(0);
            expect(c.outside, route).toBe(0);
            expect(c.mark, route).toBe(await rgb(page, m.brand));
            expect(c.text, route).not.toBe(m.background);
          }
        }
        await context.close();
      });
    }
  }

  it('grow with 大字: larger words and a taller drawing, the same marks', async () => {
    const sizes = [];
    for (const large of [false, true]) {
      const context = await site.browser.newContext(SMALL);
      if (large) await context.addInitScript(() => localStorage.setItem('gyxz-display', '{"large":true}'));
      const page = await context.newPage();
      await page.goto(`${site.server.url}${(await pages(page, site.server.url))[1]}`);
      sizes.push((await measure(page)).charts[0]!);
      await context.close();
    }
    const [normal, large] = sizes as [NonNullable<(typeof sizes)[0]>, NonNullable<(typeof sizes)[0]>];
    expect(large.fontSize).toBeGreaterThan(normal.fontSize * 1.2);
    expect(large.height).toBeGreaterThan(normal.height * 1.2);
    expect(large.texts).toBe(normal.texts);
  });

  it('open their table under 数据表, and print it whole under the drawing', async () => {
    const context = await site.browser.newContext(SMALL);
    const page = await context.newPage();
    await page.goto(`${site.server.url}${(await pages(page, site.server.url))[1]}`);
    const table = page.locator('figure.chart').first().locator('table');
    expect(await table.isVisible()).toBe(false);
    await page.locator('figure.chart').first().getByText('数据表').click();
    expect(await table.isVisible()).toBe(true);
    await page.reload();
    await page.emulateMedia({ media: 'print' });
    expect(await table.isVisible()).toBe(true);
    // On paper the longest table, 31 provinces, is whole: nothing left inside a scrolling box.
    await page.goto(`${site.server.url}${EDITION}`);
    const hidden = await page
      .locator('figure.chart .scroll-box')
      .evaluate((box) => [box.scrollHeight - box.clientHeight, box.scrollWidth - box.clientWidth]);
    expect(hidden).toEqual([0, 0]);
    await context.close();
  });
});
