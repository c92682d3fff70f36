/**
 * Every page of the fixture build (real content, two generated 500-town editions, every town page)
 * in real Chromium as a phone, at 320 px with 大字 and at 375 px: no page scrolls sideways, no short
 * table value (a number, a rank, a change, a short name) breaks over lines, and every control and
 * link outside running text is a touch target: 44 px tall with 大字 (适老化), 24 px otherwise
 * (WCAG 2.5.8), and 24 px wide. What is checked and how: tests/support/phone-audit.ts.
 */
import { describe, expect, inject, it } from 'vitest';
import { browserSkipReason } from '../support/browser.ts';
import { auditPage } from '../support/phone-audit.ts';
import { useFixtureBrowser } from '../support/site-server.ts';
import { sitePages } from '../support/site-pages.ts';

const skip = browserSkipReason();

const MODES = [
  { name: '320 px 大字', width: 320, height: 640, large: true, tap: 44 },
  { name: '375 px', width: 375, height: 740, large: false, tap: 24 },
] as const;

describe.skipIf(skip)('every page on a phone', () => {
  const site = useFixtureBrowser();

  for (const mode of MODES) {
    it(
      `${mode.name}: nothing scrolls sideways, no short table value breaks, no tap target is too small`,
      { timeout: 1_200_000 },
      async () => {
        const context = await site.browser.newContext({
          viewport: { width: mode.width, height: mode.height },
          isMobile: true,
          hasTouch: true,
        });
        if (mode.large) await context.addInitScript(() => localStorage.setItem('gyxz-display', '{"large":true}'));
        const page = await context.newPage();
        const pages = sitePages(inject('fixtureDist'));
        const sideways: string[] = [];
        const broken: string[] = [];
        const small: string[] = [];
        for (const path of pages) {
          await page.goto(site.server.url + path);
          const found = await auditPage(page, mode.tap);
          if (found.sideways > 0) sideways.push(`${path} +${found.sideways} px`);
          broken.push(...found.broken.map((v) => `${path} ${v}`));
          small.push(...found.small.map((v) => `${path} ${v}`));
        }
        await context.close();
        console.log(
          `${mode.name}: ${pages.length} pages, ${sideways.length} scroll sideways, ` +
            `${broken.length} short table values broken, ${small.length} tap targets too small`,
        );
        // The crawl saw the pages that matter: edition, sort and province pages and the town pages.
        expect(pages.filter((p) => /^\/rankings\/[^/]+\/(sort|provinces)\//.test(p)).length).toBeGreaterThan(60);
        expect(pages.filter((p) => p.startsWith('/towns/')).length).toBeGreaterThan(500);
        expect({ sideways, broken: broken.slice(0, 50), small: small.slice(0, 50) }).toEqual({
          sideways: [],
          broken: [],
          small: [],
        });
      },
    );
  }
});
