/**
 * Search filters investment projects by industry, in Chromium on the fixture site's real Pagefind
 * index: the page offers the industries that have projects, and a shared link with one shows
 * exactly that industry's published projects.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserSkipReason } from '../support/browser.ts';
import { FIXTURE_CONTENT } from '../support/paths.ts';
import { useFixtureBrowser } from '../support/site-server.ts';

const skip = browserSkipReason();

/** The published fixture projects of one industry, as the files say. */
function projectsOf(industry: string): string[] {
  const dir = path.join(FIXTURE_CONTENT, 'projects');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .filter((f) => {
      const text = readFileSync(path.join(dir, f), 'utf8');
      return text.includes(`industry: "${industry}"`) && !text.includes('draft: true');
    })
    .map((f) => `/projects/${f.slice(0, -3)}/`)
    .sort();
}

describe.skipIf(skip)('search by industry', () => {
  const site = useFixtureBrowser();

  it('offers the industries with projects and finds exactly one industry’s projects', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}/search/?industry=zhinengzhizao&sort=date`);
    await page.waitForSelector('#search-results[data-state="done"]', { state: 'attached' });
    while (await page.locator('#search-more').isVisible()) {
      const before = await page.locator('#search-results li').count();
      await page.locator('#search-more').click();
      await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length > n, before);
    }
    const found = await page.$$eval('#search-results h3 a', (as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect([...found].sort()).toEqual(projectsOf('智能制造'));
    expect(await page.locator('select[name="industry"]').inputValue()).toBe('zhinengzhizao');
    const offered = await page.$$eval('select[name="industry"] option', (os) => os.map((o) => o.textContent?.trim()));
    expect(offered).toEqual([
      '全部产业',
      '智能制造',
      '绿色低碳',
      '工业旅游',
      '特色产业',
      '产业孵化',
      '人工智能',
      '绿色科技',
    ]);
    await context.close();
  });
});
