/**
 * What a phone downloads to open the search page and run a first query, in
 * real Chromium. Every response is counted twice: the bytes that crossed the
 * wire from our loopback server (which does not compress), and the bytes a
 * gzip-serving host would send (text files gzipped; Pagefind's index files are
 * already compressed and count as they are). The target is read against the
 * gzipped figure.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { startServer } from '../lib/static-server.ts';
import { launchBrowser } from '../../tests/support/browser.ts';
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
 * Open /search/ in Chromium with an empty cache, wait until the network is quiet,
 * type `query` into the page's search box and wait again.
 * Returns undefined when the site has no search page yet.
 */
export async function searchNetwork(dist: string, query: string): Promise<SearchNetwork | undefined> {
  if (!existsSync(path.join(dist, 'search', 'index.html'))) return undefined;
  const server = await startServer({ dir: dist });
  const browser = await launchBrowser();
  try {
    // A fresh context has an empty cache. Playwright's request events would also include
    // fetches from a Web Worker (our search runs Pagefind without one), which a page-level CDP session misses;
    // `sizes()` reports CDP's encoded (on-the-wire) body and header sizes.
    const page = await browser.newPage();
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
          const url = new URL(request.url());
          const gzip = url.protocol.startsWith('http') ? gzipEquivalent(dist, url.pathname, wire) : 0;
          counted.requests++;
          counted.wire += wire;
          counted.gzip += gzip;
          counted.files.push({ path: url.pathname, gzip });
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

    await page.goto(`${server.url}/search/`, { waitUntil: 'load' });
    await quiet();
    const loaded = step;
    step = { requests: 0, wire: 0, gzip: 0, files: [] };
    const links = page.locator('main a[href^="/"]:visible');
    const before = await links.count();
    // The page's own box, in <main>: the header's search form would navigate instead.
    const box = page.locator('main input[type="search"], main input[name="q"], main input[type="text"]').first();
    // Search-as-you-type UIs (Pagefind UI) react to input; a plain form needs Enter.
    await box.fill(query);
    await quiet();
    if (step.requests === 0) {
      await box.press('Enter');
      await quiet();
    }
    return { query, page: loaded, firstQuery: step, results: (await links.count()) - before };
  } finally {
    await browser.close();
    await server.close();
  }
}
