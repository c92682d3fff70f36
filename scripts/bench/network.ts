/**
 * What a phone downloads to open the search page and run a first query, in
 * real Chromium. Every response is counted twice: the bytes that crossed the
 * wire from our loopback server (which does not compress), and the bytes a
 * gzip-serving host would send (text files gzipped; Pagefind's index files are
 * already compressed and count as they are). The target is read against the
 * gzipped figure.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startServer } from '../lib/static-server.ts';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../tests/support/browser.ts';
import type { BenchQuery } from './queries.ts';
import { gzSize } from './weight.ts';

/** Bytes of one step (page load or query). */
export interface Transfer {
  requests: number;
  /** Sum of CDP encodedDataLength: what our uncompressed loopback server sent. */
  wire: number;
  /** Same responses, text gzipped as a production host would. */
  gzip: number;
  /** Each response: site path and gzipped-equivalent bytes, largest first (in results.json). */
  files: { path: string; gzip: number }[];
}

/** The search page and its first query. */
export interface SearchNetwork {
  query: string;
  page: Transfer;
  firstQuery: Transfer;
  results: number;
}

const TEXT = /\.(html|css|js|mjs|json|svg|xml|txt|wasm)$/i;

function gzipEquivalent(dist: string, pathname: string, wire: number): number {
  let file = path.join(dist, decodeURIComponent(pathname));
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!existsSync(file)) return wire;
  return TEXT.test(file) ? gzSize(readFileSync(file)) : statSync(file).size;
}

/**
 * Open `url` in a fresh browser context (empty cache), wait until the network is quiet,
 * type `query` into the page's search box and wait again.
 */
async function measureQuery(browser: Browser, dist: string, url: string, query: string): Promise<SearchNetwork> {
  // A fresh context has an empty cache. Playwright's request events also include fetches
  // from a Web Worker (Pagefind's default UI uses one), which a page-level CDP session misses;
  // `sizes()` reports CDP's encoded (on-the-wire) body and header sizes.
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    let inflight = 0;
    let lastActivity = performance.now();
    let step: Transfer = { requests: 0, wire: 0, gzip: 0, files: [] };
    const pending: Promise<void>[] = [];
    page.on('request', () => {
      inflight++;
      lastActivity = performance.now();
    });
    page.on('requestfailed', () => {
      inflight--;
      lastActivity = performance.now();
    });
    page.on('requestfinished', (request) => {
      inflight--;
      lastActivity = performance.now();
      const counted = step;
      pending.push(
        request.sizes().then((sizes) => {
          const wire = sizes.responseBodySize + sizes.responseHeadersSize;
          const requested = new URL(request.url());
          const gzip = requested.protocol.startsWith('http') ? gzipEquivalent(dist, requested.pathname, wire) : 0;
          counted.requests++;
          counted.wire += wire;
          counted.gzip += gzip;
          counted.files.push({ path: requested.pathname, gzip });
          counted.files.sort((a, b) => b.gzip - a.gzip);
        }),
      );
    });
    const quiet = async () => {
      const limit = performance.now() + 30_000;
      while ((inflight > 0 || performance.now() - lastActivity < 1000) && performance.now() < limit) {
        await page.waitForTimeout(100);
      }
      await Promise.all(pending.splice(0));
    };

    await page.goto(url, { waitUntil: 'load' });
    await quiet();
    const loaded = step;
    step = { requests: 0, wire: 0, gzip: 0, files: [] };
    // Result links of either page: ours (#search-results) and Pagefind's default UI. A URL with a
    // filter already shows that filter's newest pages before anything is typed.
    const links = page.locator('#search-results a[href^="/"]:visible, .pagefind-ui__result-link:visible');
    const hrefs = async () => (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).join(' ');
    const before = await hrefs();
    // The page's own box, in <main>: the header's search form would navigate instead.
    const box = page.locator('main input[type="search"], main input[name="q"], main input[type="text"]').first();
    // Search-as-you-type UIs (Pagefind UI) react to input; a plain form needs Enter.
    await box.fill(query);
    await quiet();
    if (step.requests === 0) {
      await box.press('Enter');
      await quiet();
    }
    // A quiet network is not a finished query: a page may still be ranking what it fetched (ours
    // looks for the exact phrase after the first search) and then fetch more. Wait until the query's
    // results replace what was shown, then for quiet again, so the bytes counted are all it costs.
    const shown = performance.now() + 20_000;
    while (((await links.count()) === 0 || (await hrefs()) === before) && performance.now() < shown) {
      await page.waitForTimeout(100);
    }
    await quiet();
    return { query, page: loaded, firstQuery: step, results: await links.count() };
  } finally {
    await context.close();
  }
}

/**
 * The search page and one query, in Chromium with an empty cache.
 * Returns undefined when the site has no search page yet.
 */
export async function searchNetwork(dist: string, query: string): Promise<SearchNetwork | undefined> {
  if (!existsSync(path.join(dist, 'search', 'index.html'))) return undefined;
  const server = await startServer({ dir: dist });
  const browser = await launchBrowser();
  try {
    return await measureQuery(browser, dist, `${server.url}/search/`, query);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** One query of the set, page + first query gzipped, for our search page and for Pagefind's default UI. */
export interface QueryCost {
  q: string;
  kind: string;
  section?: string;
  /** Page + first query, gzipped bytes, on our search page. */
  ours: number;
  oursResults: number;
  /** The same on Pagefind's default UI (absent for a filtered query: that UI has no URL filter). */
  defaultUi?: number;
}

/** Where the benchmark puts a page with Pagefind's default UI (never part of the real site). */
const DEFAULT_UI_DIR = '_bench/pagefind-ui';

/** A page that runs Pagefind's default UI (`pagefind-ui.js`, which the build writes) on the same index. */
function writeDefaultUiPage(dist: string): void {
  const dir = path.join(dist, DEFAULT_UI_DIR);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>Pagefind UI</title>' +
      '<link rel="stylesheet" href="/pagefind/pagefind-ui.css"><script src="/pagefind/pagefind-ui.js"></script>' +
      '<script src="ui.js" defer></script></head><body><main><div id="search"></div></main></body></html>',
  );
  writeFileSync(path.join(dir, 'ui.js'), "new PagefindUI({ element: '#search', showImages: false });\n");
}

/**
 * Every query of the set on our search page and on Pagefind's default UI, each in a fresh
 * browser context (empty cache). Returns undefined when the site has no search page yet.
 */
export async function searchSet(dist: string, queries: readonly BenchQuery[]): Promise<QueryCost[] | undefined> {
  if (!existsSync(path.join(dist, 'search', 'index.html'))) return undefined;
  writeDefaultUiPage(dist);
  const server = await startServer({ dir: dist });
  const browser = await launchBrowser();
  try {
    const costs: QueryCost[] = [];
    for (const query of queries) {
      const params = query.section ? `?section=${query.section}` : '';
      const ours = await measureQuery(browser, dist, `${server.url}/search/${params}`, query.q);
      const cost: QueryCost = {
        q: query.q,
        kind: query.kind,
        ...(query.section ? { section: query.section } : {}),
        ours: ours.page.gzip + ours.firstQuery.gzip,
        oursResults: ours.results,
      };
      if (!query.section) {
        const other = await measureQuery(browser, dist, `${server.url}/${DEFAULT_UI_DIR}/`, query.q);
        cost.defaultUi = other.page.gzip + other.firstQuery.gzip;
      }
      costs.push(cost);
    }
    return costs;
  } finally {
    await browser.close();
    await server.close();
    rmSync(path.join(dist, '_bench'), { recursive: true, force: true });
  }
}
