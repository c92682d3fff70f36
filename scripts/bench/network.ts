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
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const urls = new Map<string, string>();
    let inflight = 0;
    let lastActivity = performance.now();
    let step: Transfer = { requests: 0, wire: 0, gzip: 0 };
    cdp.on('Network.requestWillBeSent', (e) => {
      inflight++;
      lastActivity = performance.now();
      urls.set(e.requestId, e.request.url);
    });
    cdp.on('Network.loadingFinished', (e) => {
      inflight--;
      lastActivity = performance.now();
      const url = new URL(urls.get(e.requestId) ?? server.url);
      step.requests++;
      step.wire += e.encodedDataLength;
      step.gzip += url.protocol.startsWith('http') ? gzipEquivalent(dist, url.pathname, e.encodedDataLength) : 0;
    });
    cdp.on('Network.loadingFailed', () => {
      inflight--;
      lastActivity = performance.now();
    });
    const quiet = async () => {
      while (inflight > 0 || performance.now() - lastActivity < 1000) await page.waitForTimeout(100);
    };

    await page.goto(`${server.url}/search/`, { waitUntil: 'load' });
    await quiet();
    const loaded = step;
    step = { requests: 0, wire: 0, gzip: 0 };
    const links = page.locator('main a[href^="/"]:visible');
    const before = await links.count();
    const box = page.locator('input[type="search"], input[name="q"], main input[type="text"]').first();
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
