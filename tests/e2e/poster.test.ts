/**
 * The WeChat poster in real Chromium, under the production CSP from _headers: articles and the
 * forum page link to it and load no script themselves; the poster page draws a 750×1334 PNG
 * whose QR code (decoded here with jsQR) is the page's absolute canonical URL.
 */
import jsQR from 'jsqr';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, inject, it } from 'vitest';
import { browserSkipReason } from '../support/browser.ts';
import { useFixtureBrowser } from '../support/site-server.ts';

const SITE = 'https://gyxz.example.cn';
const PAGES = ['/news/2026-01-21-pingjia-tongzhi/', '/forum/2026/'];

describe('article pages ship no JavaScript', () => {
  const dist = inject('fixtureDist');
  for (const page of PAGES) {
    it(`${page} has the poster link and no script but JSON-LD`, () => {
      const html = readFileSync(path.join(dist, page, 'index.html'), 'utf8');
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
      // JSON-LD, and the one script of reading pages (大字, copy buttons: src/display/site.ts).
      const code = scripts.filter((tag) => !tag.includes('application/ld+json'));
      expect(code).toEqual([
        expect.stringMatching(/^<script src="\/_astro\/site-[\w-]+\.js" async blocking="render">$/),
      ]);
      expect(html).toContain(`href="/share/?p=${encodeURIComponent(page)}"`);
    });
  }
});

describe.skipIf(browserSkipReason())('the WeChat poster in Chromium', () => {
  const site = useFixtureBrowser();

  async function open(): Promise<{ page: Page; problems: string[]; scripts: string[]; requests: string[] }> {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 740 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    const problems: string[] = [];
    const scripts: string[] = [];
    const requests: string[] = [];
    context.on('request', (r) => void requests.push(new URL(r.url()).pathname));
    await page.exposeBinding('__reportCsp', (_source, v: string) => void problems.push(`CSP violation: ${v}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { __reportCsp: (v: string) => void }).__reportCsp(
          `${e.violatedDirective} ${e.blockedURI}`,
        );
      });
    });
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
    return { page, problems, scripts, requests };
  }

  for (const target of PAGES) {
    it(`${target}: 「分享海报」 draws a poster whose QR code is the canonical URL`, async () => {
      const { page, problems, scripts, requests } = await open();
      await page.goto(site.server.url + target);
      expect(scripts, 'scripts loaded by the article page').toEqual([
        expect.stringMatching(/^\/_astro\/site-[\w-]+\.js$/),
      ]);

      await page.getByRole('link', { name: '分享海报' }).click();
      await page.waitForURL(/\/share\/\?p=/);
      const image = page.locator('[data-poster-image]');
      await image.waitFor({ state: 'visible' });
      expect(scripts.length, 'the poster page loads its script').toBeGreaterThan(0);

      const src = (await image.getAttribute('src'))!;
      expect(src).toMatch(/^data:image\/png;base64,/);
      const png = PNG.sync.read(Buffer.from(src.slice(src.indexOf(',') + 1), 'base64'));
      expect([png.width, png.height]).toEqual([750, 1334]);
      const qr = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
      expect(qr?.data).toBe(SITE + target);

      const title = await page.evaluate(
        (t) =>
          fetch(t).then(
            async (r) => new DOMParser().parseFromString(await r.text(), 'text/html').querySelector('h1')?.textContent,
          ),
        target,
      );
      expect(await image.getAttribute('alt')).toContain(title!.trim());
      // Drawn in the worker, and the page never loaded the drawing code itself.
      expect(requests).toContainEqual(expect.stringMatching(/^\/_astro\/poster-worker-[\w-]+\.js$/));
      expect(requests.filter((r) => r.includes('poster-draw'))).toEqual([]);
      expect(problems).toEqual([]);
      await page.context().close();
    });
  }

  // The frame holds the poster's place; the texts around it must not move it either. 320 px with
  // 大字 is the narrowest case: every line there holds the fewest characters.
  for (const [width, large] of [
    [375, false],
    [320, true],
  ] as const) {
    it(`nothing moves when the poster appears (${width} px${large ? ', 大字' : ''})`, async () => {
      const context = await site.browser.newContext({ viewport: { width, height: 740 }, deviceScaleFactor: 2 });
      const page = await context.newPage();
      await page.addInitScript((large) => {
        if (large) localStorage.setItem('gyxz-display', JSON.stringify({ large: true }));
        const shifts: { value: number; moved: string[] }[] = [];
        (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as {
            value: number;
            sources: { node?: Node }[];
          }[]) {
            shifts.push({ value: entry.value, moved: entry.sources.map((s) => s.node?.nodeName ?? '?') });
          }
        }).observe({ type: 'layout-shift', buffered: true });
      }, large);
      await page.goto(`${site.server.url}/share/?p=${encodeURIComponent(PAGES[0]!)}`);
      await page.locator('[data-poster-image]').waitFor({ state: 'visible' });
      await expect.poll(() => page.getByRole('status').textContent()).toBe('海报已生成。');
      expect(await page.locator('html').getAttribute('data-large-text')).toBe(large ? '' : null);
      await expect.poll(() => page.locator('[data-poster-hint]').isVisible()).toBe(true);
      // Two frames, so a shift from the last change would have been reported.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      expect(await page.evaluate(() => (window as unknown as { __shifts: unknown[] }).__shifts)).toEqual([]);
      await context.close();
    });
  }

  it('draws the poster on the page where workers have no OffscreenCanvas', async () => {
    const { page, problems, requests } = await open();
    await page.addInitScript(() => {
      delete (window as { OffscreenCanvas?: unknown }).OffscreenCanvas;
    });
    await page.goto(`${site.server.url}/share/?p=${encodeURIComponent(PAGES[0]!)}`);
    const image = page.locator('[data-poster-image]');
    await image.waitFor({ state: 'visible' });
    const src = (await image.getAttribute('src'))!;
    const png = PNG.sync.read(Buffer.from(src.slice(src.indexOf(',') + 1), 'base64'));
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(SITE + PAGES[0]);
    expect(requests.filter((r) => r.includes('poster-worker'))).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('from a town page, shows the poster drawn at build time and leads back to the town page', async () => {
    const { page, problems, requests } = await open();
    await page.goto(`${site.server.url}/share/?p=${encodeURIComponent('/towns/zhejiang-anji-xiaofeng/')}`);
    const image = page.locator('[data-poster-image]');
    await image.waitFor({ state: 'visible' });
    // The town's own poster (src/og/town-card.ts), not one drawn in the browser: no drawing code loaded.
    expect(await image.getAttribute('src')).toBe('/og/posters/towns/zhejiang-anji-xiaofeng.png');
    expect(await image.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([750, 1334]);
    expect(requests.filter((r) => /poster-(worker|draw)/.test(r))).toEqual([]);
    const png = PNG.sync.read(
      await (await page.request.get(`${site.server.url}/og/posters/towns/zhejiang-anji-xiaofeng.png`)).body(),
    );
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(
      `${SITE}/towns/zhejiang-anji-xiaofeng/`,
    );
    const back = page.locator('[data-poster-back]');
    expect(await back.textContent()).toBe('返回镇的页面');
    expect(await back.getAttribute('href')).toBe('/towns/zhejiang-anji-xiaofeng/');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('without JavaScript, promises no poster and says how to share the page instead', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 740 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/share/?p=${encodeURIComponent(PAGES[0]!)}`);
    const text = await page.locator('main').innerText();
    expect(text).not.toContain('正在生成海报');
    expect(text).toContain('复制链接');
    await context.close();
  });

  it('refuses to make a poster for another site, and says where to start from', async () => {
    const { page, problems } = await open();
    await page.goto(`${site.server.url}/share/?p=${encodeURIComponent('https://evil.example/')}`);
    // Posters are for articles, projects and towns: the message names no one kind of page.
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe('链接有误：没有指明要分享的页面。请从要分享的页面点「分享海报」进入。');
    expect(await page.locator('[data-poster-image]').isVisible()).toBe(false);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
