/**
 * Security headers for real: the fixture site is served on loopback with the
 * production `_headers` file, every page type is opened in Chromium, and any CSP
 * violation, console error or page error fails the test.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserSkipReason } from '../support/browser.ts';
import { pageTypes, refreshTarget } from '../support/page-types.ts';
import { ROOT } from '../support/paths.ts';
import { useFixtureBrowser } from '../support/site-server.ts';

const dist = inject('fixtureDist');
const types = pageTypes(dist);

describe('the _headers file', () => {
  it('is copied unchanged into the built site', () => {
    expect(readFileSync(path.join(dist, '_headers'), 'utf8')).toBe(
      readFileSync(path.join(ROOT, 'public/_headers'), 'utf8'),
    );
  });
});

describe.skipIf(browserSkipReason())('security headers in Chromium', () => {
  const site = useFixtureBrowser();

  /** Open a page and collect everything the browser complains about. */
  async function open(p: string): Promise<{ page: Page; problems: string[]; status: number | undefined }> {
    const page = await site.browser.newPage();
    const problems: string[] = [];
    await page.exposeBinding('__reportCsp', (_source, v: string) => void problems.push(`CSP violation: ${v}`));
    // Runs before any page script, outside the page's CSP (Playwright injects it through DevTools).
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        const report = (window as unknown as { __reportCsp: (v: string) => void }).__reportCsp;
        report(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
      });
    });
    page.on('console', (m) => {
      // The 404 page's own request is the one expected failure.
      if (m.type() === 'error' && !(p.startsWith('/404') && /404 \(Not Found\)/.test(m.text()))) {
        problems.push(`console error: ${m.text()}`);
      }
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    // A moved page sends the reader on at once: the browser drops what the old page was still
    // fetching (its favicon), and that abort is the redirect working, not a failure.
    const movesTo = refreshTarget(dist, p);
    page.on('requestfailed', (r) => {
      if (movesTo && r.failure()?.errorText === 'net::ERR_ABORTED') return;
      problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`);
    });
    const response = await page.goto(site.server.url + p, { waitUntil: 'networkidle' });
    return { page, problems, status: response?.status() };
  }

  it.each(types)('%s: no CSP violation, console error or failed request', async (p) => {
    const { page, problems, status } = await open(p);
    expect(status).toBe(p.startsWith('/404') ? 404 : 200);
    const movesTo = refreshTarget(dist, p);
    if (movesTo) {
      await page.waitForURL(site.server.url + movesTo);
      await page.waitForLoadState('networkidle');
    }
    // Exercise the page's scripts: the large-text switch and, on the search page, a query.
    await page.getByLabel('大字').check();
    if (p === '/search/') {
      await page.locator('main input[type="search"], main input[type="text"]').first().fill('论坛');
      await page.waitForLoadState('networkidle');
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('an HTML page carries the strict policy and the other security headers', async () => {
    const response = await fetch(`${site.server.url}/forum/2026/`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d{8}/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
    expect(response.headers.get('cache-control')).toContain('max-age=0');
  });

  it('hashed assets are cached for a year and immutable', async () => {
    const html = await (await fetch(`${site.server.url}/`)).text();
    const asset = /(?:href|src)="(\/_astro\/[^"]+)"/.exec(html)?.[1];
    expect(asset, 'the home page loads a hashed asset').toBeTruthy();
    const response = await fetch(site.server.url + asset!);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('the page refuses to be framed (frame-ancestors)', async () => {
    const page = await site.browser.newPage();
    const messages: string[] = [];
    page.on('console', (m) => void messages.push(m.text()));
    await page.setContent(`<iframe src="${site.server.url}/about/"></iframe>`);
    await page.waitForLoadState('networkidle');
    expect(messages.join('\n')).toMatch(/frame-ancestors 'none'/);
    await page.close();
  });
});
