/**
 * What a reader on a phone waits for on a slow 4G connection, in real Chromium (390 × 844, touch,
 * empty cache each time, text gzipped as a production host sends it): an article page, the search
 * page with a query in its URL until the results are on screen, and an online form from the tap on
 * its button until the Excel file is downloaded. Network only, no CPU slowdown: this machine's own
 * load would blur a CPU factor.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../tests/support/browser.ts';
import { startServer } from '../lib/static-server.ts';
import { gzSize } from './weight.ts';

/**
 * Chrome DevTools' "Slow 4G" preset, as Lighthouse throttles mobile runs: 150 ms round trip and
 * 1.6 Mbit/s down, 750 kbit/s up, with DevTools' factors (×3.75 latency, ×0.9 throughput).
 */
export const SLOW_4G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: ((1.6 * 1024 * 1024) / 8) * 0.9,
  uploadThroughput: ((750 * 1024) / 8) * 0.9,
};

export interface PhoneTimings {
  profile: string;
  /** First contentful paint and load of an article page. */
  page?: { path: string; fcpMs: number; loadMs: number };
  /** From navigation to /search/?q=… until the results are shown. */
  search?: { query: string; ms: number; results: number };
  /** From the tap on 生成…文件 until the download starts, and the workbook code's gzipped size. */
  excel?: { path: string; ms: number; workbookGzip: number };
  /** The one script of reading pages (src/display/site.ts), gzipped: the limit is 1 KB. */
  siteScriptGzip?: number;
}

async function slowPhone(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  return page;
}

const firstHtml = (dist: string, folder: string): string | undefined => {
  const dir = path.join(dist, folder);
  if (!existsSync(dir)) return undefined;
  const name = readdirSync(dir).find((d) => existsSync(path.join(dir, d, 'index.html')));
  return name && `/${folder}/${name}/`;
};

/** Measure the three waits on a built site; a step the site lacks is left out. */
export async function phoneTimings(dist: string, query: string): Promise<PhoneTimings> {
  const server = await startServer({ dir: dist, gzip: true });
  const browser = await launchBrowser();
  const result: PhoneTimings = { profile: 'Slow 4G (562.5 ms RTT, 1.44 Mbit/s down), 390 × 844' };
  const newContext = () =>
    browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 3,
      acceptDownloads: true,
    });
  try {
    const article = firstHtml(dist, 'news') ?? firstHtml(dist, 'research');
    if (article) {
      const context = await newContext();
      const page = await slowPhone(context);
      await page.goto(server.url + article, { waitUntil: 'load' });
      const t = await page.evaluate(async () => ({
        fcp: await new Promise<number>((resolve) => {
          new PerformanceObserver((list) => {
            const entry = list.getEntriesByName('first-contentful-paint')[0];
            if (entry) resolve(entry.startTime);
          }).observe({ type: 'paint', buffered: true });
          setTimeout(() => resolve(NaN), 5000);
        }),
        load: performance.getEntriesByType('navigation')[0]?.duration ?? NaN,
      }));
      result.page = { path: article, fcpMs: Math.round(t.fcp), loadMs: Math.round(t.load) };
      await context.close();
    }
    if (existsSync(path.join(dist, 'search', 'index.html'))) {
      const context = await newContext();
      const page = await slowPhone(context);
      await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });
      await page.waitForSelector('#search-results:is([data-state="done"], [data-state="error"])', {
        state: 'attached',
        timeout: 120_000,
      });
      const ms = await page.evaluate(() => performance.now());
      const results = Number(await page.getAttribute('#search-results', 'data-count'));
      result.search = { query, ms: Math.round(ms), results };
      await context.close();
    }
    const form = firstHtml(dist, 'forms');
    if (form) {
      const context = await newContext();
      const page = await slowPhone(context);
      await page.goto(server.url + form, { waitUntil: 'load' });
      await page.locator('form[data-online-form] input[type="text"]').first().fill('基准测试镇人民政府');
      const start = await page.evaluate(() => performance.now());
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 120_000 }),
        page.locator('form[data-online-form] button[type="submit"]').click(),
      ]);
      const end = await page.evaluate(() => performance.now());
      await download.cancel();
      const astro = path.join(dist, '_astro');
      const workbook = readdirSync(astro).find((f) => f.startsWith('workbook'));
      result.excel = {
        path: form,
        ms: Math.round(end - start),
        workbookGzip: workbook ? gzSize(readFileSync(path.join(astro, workbook))) : 0,
      };
      await context.close();
    }
    const astro = path.join(dist, '_astro');
    const site = existsSync(astro) ? readdirSync(astro).find((f) => /^site-.*\.js$/.test(f)) : undefined;
    if (site) result.siteScriptGzip = gzSize(readFileSync(path.join(astro, site)));
    return result;
  } finally {
    await browser.close();
    await server.close();
  }
}

// `node scripts/bench/phone.ts [dist] [query]`: the same measurement on any build, e.g. the seed site.
if (import.meta.main) {
  const [dist = 'dist', query = '回执'] = process.argv.slice(2);
  console.log(JSON.stringify(await phoneTimings(path.resolve(dist), query), null, 2));
}
