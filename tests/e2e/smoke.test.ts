import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSkipReason } from '../support/browser.ts';
import { useFixtureBrowser } from '../support/site-server.ts';

const skip = browserSkipReason();

describe.skipIf(skip)('smoke: the built site in Chromium at phone width', () => {
  const site = useFixtureBrowser();

  async function visit(path: string): Promise<{ page: Page; errors: string[] }> {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 740 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    const response = await page.goto(site.server.url + path);
    expect(response?.status(), path).toBe(200);
    return { page, errors };
  }

  for (const path of ['/', '/forum/2026/', '/news/2026-01-21-pingjia-tongzhi/', '/stories/fixture-sichuan-story/']) {
    it(`${path} renders in Chinese with no console error and no horizontal scroll`, async () => {
      const { page, errors } = await visit(path);
      expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
      expect(await page.locator('h1').first().textContent()).toMatch(/\p{Script=Han}/u);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'page is wider than the phone screen').toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('reflows at 320 px (a 1280 px window at 400% zoom) with large text on, without sideways scrolling', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    for (const path of ['/', '/forum/2026/', '/research/pingjia-zhibiao-tixi/']) {
      await page.goto(site.server.url + path);
      await page.getByLabel('大字').check();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await context.close();
  });

  it('prints articles and the forum page without the site chrome', async () => {
    const { page } = await visit('/forum/2026/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(await page.getByText('0200003609219003154').isVisible()).toBe(true);
    await page.context().close();
  });

  it('follows the system dark mode', async () => {
    const context = await site.browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(site.server.url + '/');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = bg.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!).toBeLessThan(150);
    await context.close();
  });

  it('the large-text switch enlarges the body text', async () => {
    const { page } = await visit('/forum/2026/');
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main p')!).fontSize));
    const before = await size();
    await page.getByLabel('大字').check();
    expect(await size()).toBeGreaterThan(before * 1.2);
    await page.context().close();
  });
});
