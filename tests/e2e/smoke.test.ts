import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../scripts/lib/static-server.ts';
import { browserSkipReason, launchBrowser } from '../support/browser.ts';
import { serveFixture } from '../support/site-server.ts';

const skip = browserSkipReason();

describe.skipIf(skip)('smoke: the built site in Chromium at phone width', () => {
  let browser: Browser;
  let server: RunningServer;

  beforeAll(async () => {
    server = await serveFixture();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function visit(path: string): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    const response = await page.goto(server.url + path);
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

  it('the large-text switch enlarges the body text', async () => {
    const { page } = await visit('/forum/2026/');
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main p')!).fontSize));
    const before = await size();
    await page.getByLabel('大字').check();
    expect(await size()).toBeGreaterThan(before * 1.2);
    await page.context().close();
  });
});
