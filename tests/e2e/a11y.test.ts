/**
 * Accessibility (GB/T 37668, MIIT 适老化 rules): axe-core runs in Chromium on
 * every page type of the fixture site, served with its production headers, in
 * light and dark colour schemes and with the large-text switch on. Zero
 * violations allowed, contrast included. No page may open a pop-up or dialog.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserSkipReason } from '../support/browser.ts';
import { pageTypes, refreshTarget } from '../support/page-types.ts';
import { useFixtureBrowser } from '../support/site-server.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/**
 * Pages of a type already listed whose content differs in ways axe must see: the newer edition
 * shows each town's change since the year before, 孝丰镇's page has two editions and its
 * stories, and an MDX article embeds an edition's table and a town's rank history.
 */
const RICHER = ['/rankings/2025-ceshi-500/', '/towns/zhejiang-anji-xiaofeng/', '/research/ceshi-bangdan-jiedu/'];
const dist = inject('fixtureDist');
const types = [...new Set([...pageTypes(dist), ...RICHER])];

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: string[]; failureSummary: string }[] }[];
}

/** Run axe on the page as it is now; returns readable violations. */
async function axe(page: Page): Promise<string[]> {
  // evaluate() runs through DevTools, outside the page's CSP, so axe needs no inline script.
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    (window as unknown as { axe: { run: (o: unknown) => Promise<AxeResult> } }).axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    }),
  );
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} — ${n.target.join(' ')}\n    ${n.failureSummary}`),
  );
}

describe('the pages axe runs on', () => {
  it('include every ranking and town page type', () => {
    const shapes = [
      /^\/rankings\/$/,
      /^\/rankings\/[\w-]+\/$/, // an edition
      /^\/rankings\/[\w-]+\/sort\/\w+\/$/, // sorted by a column
      /^\/rankings\/[\w-]+\/provinces\/[\w-]+\/$/, // one province's table
      /^\/towns\/$/,
      /^\/towns\/(?!provinces\/)[\w-]+\/$/, // a town
      /^\/towns\/provinces\/[\w-]+\/$/, // a province's towns across editions
    ];
    for (const shape of shapes)
      expect(
        types.some((p) => shape.test(p)),
        String(shape),
      ).toBe(true);
  });
});

describe.skipIf(browserSkipReason())('accessibility with axe-core', () => {
  const site = useFixtureBrowser();

  for (const scheme of ['light', 'dark'] as const) {
    // Generous: axe takes over a minute on a 500-row table on a busy two-core machine.
    it.each(types)(`%s (${scheme}, then large text): zero violations, no pop-up`, { timeout: 300_000 }, async (p) => {
      const context = await site.browser.newContext({ colorScheme: scheme, viewport: { width: 375, height: 740 } });
      const popups: string[] = [];
      const page = await context.newPage();
      context.on('page', (extra) => void popups.push(extra.url()));
      page.on('dialog', (d) => {
        popups.push(`dialog: ${d.message()}`);
        void d.dismiss();
      });
      await page.goto(site.server.url + p, { waitUntil: 'networkidle' });
      // A moved page sends the reader on at once; axe checks where they land, once it is there.
      const movesTo = refreshTarget(dist, p);
      if (movesTo) await page.waitForURL(site.server.url + movesTo, { waitUntil: 'networkidle' });
      expect(await axe(page), `${p} ${scheme}`).toEqual([]);
      await page.getByLabel('大字').check();
      expect(await axe(page), `${p} ${scheme} large text`).toEqual([]);
      expect(popups).toEqual([]);
      await context.close();
    });
  }
});
