/**
 * The site as readers on phones meet it (issue 16), in real Chromium with a phone profile
 * (390 × 844 and 320 × 640, touch), on the shared fixture site (real content, built today, so the
 * 2026 forum is over): 大字 survives navigation and reload with no flash of small text; every phone
 * number is a tel: link and every mail link has a copy button; a closed edition asks for no payment;
 * no page scrolls sideways in any mode; the forum's facts fit the first two screens; the header is
 * short and the breadcrumbs one line; search results lead the screen and are whole words; and, with
 * WeChat's user agent and without JavaScript, every download says how to continue.
 */
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserSkipReason } from '../support/browser.ts';
import { useFixtureBrowser } from '../support/site-server.ts';
import { sitePages } from '../support/site-pages.ts';

const skip = browserSkipReason();

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const SMALL = { ...PHONE, viewport: { width: 320, height: 640 } };
/** WeChat's in-app browser on Android, as it announces itself. */
const WECHAT_UA =
  'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36 XWEB/1300133 MMWEBSDK/20240404 MMWEBID/1234 MicroMessenger/8.0.49.2600(0x28003133) WeChat/arm64 Weixin NetType/4G Language/zh_CN ABI/arm64';

/** Up to three pages of each URL shape: the thousand generated town pages do not crowd out the rest. */
const allPages = () => sitePages(inject('fixtureDist'), 3);

const fontSize = (page: Page, selector: string) =>
  page.evaluate((s) => parseFloat(getComputedStyle(document.querySelector(s)!).fontSize), selector);

describe.skipIf(skip)('readers on phones', () => {
  const site = useFixtureBrowser();

  /** A phone's browser; `large`: with 大字 already chosen, as a returning reader has it. */
  async function phone(
    options: BrowserContextOptions = PHONE,
    large = false,
  ): Promise<{ context: BrowserContext; page: Page }> {
    const context = await site.browser.newContext(options);
    if (large) await context.addInitScript(() => localStorage.setItem('gyxz-display', '{"large":true}'));
    return { context, page: await context.newPage() };
  }

  it('大字 holds across pages, reloads and new visits, and the first frame is already large', async () => {
    const { context, page } = await phone();
    await page.goto(`${site.server.url}/about/`);
    const small = await fontSize(page, 'main p');
    await page.getByLabel('大字').check();
    await page.goto(`${site.server.url}/forum/2026/`);
    expect(await page.isChecked('#large-text')).toBe(true);
    await page.goto(`${site.server.url}/about/`);
    expect(await fontSize(page, 'main p')).toBeGreaterThan(small * 1.2);
    await page.reload();
    expect(await page.isChecked('#large-text')).toBe(true);
    expect(await fontSize(page, 'main p')).toBeGreaterThan(small * 1.2);

    // No flash: hold the script back; the first frame the browser renders must already be large.
    await context.route('**/_astro/site-*.js', async (route) => {
      await new Promise((r) => setTimeout(r, 600));
      await route.continue();
    });
    await context.addInitScript(() => {
      requestAnimationFrame(() => {
        const p = document.querySelector('main p');
        (window as unknown as { firstFrame: unknown }).firstFrame = {
          large: document.documentElement.hasAttribute('data-large-text'),
          size: p ? parseFloat(getComputedStyle(p).fontSize) : 0,
        };
      });
    });
    const fresh = await context.newPage();
    await fresh.goto(`${site.server.url}/about/`);
    await fresh.waitForFunction(() => 'firstFrame' in window);
    const first = (await fresh.evaluate(() => (window as unknown as { firstFrame: unknown }).firstFrame)) as {
      large: boolean;
      size: number;
    };
    expect(first.large).toBe(true);
    expect(first.size).toBeGreaterThan(small * 1.2);

    // Turned off, it stays off.
    await fresh.getByLabel('大字').uncheck();
    await fresh.reload();
    expect(await fresh.isChecked('#large-text')).toBe(false);
    expect(await fontSize(fresh, 'main p')).toBe(small);
    await context.close();
  });

  it('every phone number on every page is a tel: link; every mail link has a copy button', async () => {
    const { context, page } = await phone();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.url });
    const offenders: string[] = [];
    for (const path of allPages()) {
      await page.goto(site.server.url + path);
      await page.waitForLoadState('load');
      const found = await page.evaluate(() => {
        const phone = /(?<![\d-])(?:0\d{2,3}[-\s]\d{7,8}|1[3-9]\d{9})(?![\d-])/gu;
        const bad: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const link = n.parentElement?.closest('a[href^="tel:"]');
          for (const m of (n.textContent ?? '').matchAll(phone)) {
            const digits = m[0].replace(/\D/g, '');
            if (!link || link.getAttribute('href') !== `tel:${digits}`) bad.push(m[0]);
          }
        }
        for (const a of document.querySelectorAll('a[href^="mailto:"]')) {
          const button = a.parentElement?.querySelector('button[data-copy]');
          if (!button || (button as HTMLElement).hidden) bad.push(`no copy button: ${a.getAttribute('href')}`);
        }
        return bad;
      });
      offenders.push(...found.map((f) => `${path}: ${f}`));
    }
    expect(offenders).toEqual([]);

    await page.goto(`${site.server.url}/contact/`);
    await page.getByRole('button', { name: '复制邮箱' }).first().click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('gyxzyjzx@163.com');
    await context.close();
  });

  it('no page scrolls sideways: 390 px light and dark, 320 px with 大字', async () => {
    const modes: [string, BrowserContextOptions, boolean][] = [
      ['390 light', PHONE, false],
      ['390 dark', { ...PHONE, colorScheme: 'dark' }, false],
      ['320 大字', SMALL, true],
    ];
    const wide: string[] = [];
    for (const [name, options, large] of modes) {
      const { context, page } = await phone(options, large);
      for (const path of allPages()) {
        await page.goto(site.server.url + path);
        // clientWidth, not innerWidth: a phone zooms out to show a page wider than the screen, and
        // innerWidth grows with it.
        const over = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        if (over > 0) wide.push(`${name} ${path}: ${over} px too wide`);
      }
      await context.close();
    }
    expect(wide).toEqual([]);
  });

  it('the header is short and the breadcrumbs one line', async () => {
    for (const [options, large, most] of [
      [PHONE, false, 844 * 0.2],
      [SMALL, true, 640 * 0.31],
    ] as const) {
      const { context, page } = await phone(options, large);
      await page.goto(`${site.server.url}/forum/2026/`);
      const box = await page.locator('.site-header').boundingBox();
      expect(box!.height, `header at ${options.viewport.width} px`).toBeLessThanOrEqual(most);
      const crumbs = await page.evaluate(() => {
        const ol = document.querySelector('.breadcrumbs ol')!;
        return { height: ol.getBoundingClientRect().height, line: parseFloat(getComputedStyle(ol).lineHeight) };
      });
      expect(crumbs.height).toBeLessThan(crumbs.line * 1.5);
      await context.close();
    }
  });

  it('the current section is always in sight in the header, at 390 px and at 320 px with 大字', async () => {
    const hidden: string[] = [];
    // The third round is a browser without CSS scroll-initial-target (Safari, older WebViews), where the
    // display script scrolls the list instead.
    for (const [options, large, withoutCss] of [
      [PHONE, false, false],
      [SMALL, true, false],
      [PHONE, false, true],
    ] as const) {
      const { context, page } = await phone(options, large);
      if (withoutCss) {
        await context.route('**/*.css', async (route) => {
          const response = await route.fetch();
          const css = (await response.text()).replace(/scroll-initial-target:\s*nearest;?/gu, '');
          await route.fulfill({ response, body: css });
        });
        await context.addInitScript(() => {
          const supports = CSS.supports.bind(CSS);
          CSS.supports = (...args: [string, string?]) =>
            args[0].includes('scroll-initial-target') ? false : supports(...(args as [string, string]));
        });
      }
      await page.goto(`${site.server.url}/`);
      const sections = await page.$$eval('.site-header nav a', (as) => as.map((a) => a.getAttribute('href')!));
      expect(sections.length).toBeGreaterThanOrEqual(8);
      for (const href of sections) {
        await page.goto(site.server.url + href);
        const seen = await page.evaluate(async () => {
          // The display script scrolls the list in an animation frame: let one pass.
          await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
          const list = document.querySelector('.site-header nav ul')!;
          const here = list.querySelector('[aria-current="page"]')!.getBoundingClientRect();
          const box = list.getBoundingClientRect();
          // More sections than fit: the list scrolls, and a shadow at its edge says so.
          const more = list.scrollWidth > list.clientWidth;
          return {
            inside: here.left >= box.left - 0.5 && here.right <= box.right + 0.5,
            hint: !more || getComputedStyle(list).backgroundImage.includes('radial-gradient'),
          };
        });
        const mode = `${options.viewport.width} px${large ? ' 大字' : ''}${withoutCss ? ' without scroll-initial-target' : ''}`;
        if (!seen.inside || !seen.hint) hidden.push(`${mode} ${href}: ${JSON.stringify(seen)}`);
      }
      await context.close();
    }
    expect(hidden).toEqual([]);
  });

  it('a closed edition: the notice comes before any payment detail, and nothing asks to pay', async () => {
    const { context, page } = await phone();
    for (const path of ['/forum/2026/', '/forum/2026/register/', '/toolkits/canhui-huizhibiao/']) {
      await page.goto(site.server.url + path);
      const text = await page.locator('main').innerText();
      expect(text, path).not.toMatch(/请于[^。]*前|请在会前电汇/u);
      const order = await page.evaluate(() => {
        const notice = document.querySelector('[data-forum-state="closed"], [data-forum-state="past"]');
        const payment = [...document.querySelectorAll('main *')].find((el) =>
          /电汇|0200003609219003154/.test(el.childNodes[0]?.textContent ?? ''),
        );
        return {
          notice: Boolean(notice),
          before:
            !payment || Boolean(notice && notice.compareDocumentPosition(payment) & Node.DOCUMENT_POSITION_FOLLOWING),
        };
      });
      expect(order, path).toEqual({ notice: true, before: true });
    }
    await context.close();
  });

  it('the forum page shows dates, venue, fee, deadline and contact in the first two screens', async () => {
    const { context, page } = await phone();
    await page.goto(`${site.server.url}/forum/2026/`);
    const facts = await page.evaluate(() =>
      [...document.querySelectorAll('dl.facts dt')].map((dt) => ({
        label: dt.textContent,
        bottom: (dt.nextElementSibling as HTMLElement).getBoundingClientRect().bottom + window.scrollY,
      })),
    );
    for (const label of ['召开', '报到', '地点', '会议费', '报名截止', '联系']) {
      const fact = facts.find((f) => f.label === label);
      expect(fact, label).toBeDefined();
      expect(fact!.bottom, label).toBeLessThanOrEqual(2 * 844);
    }
    expect(await page.locator('dl.facts').innerText()).toContain('3000 元/人');
    await context.close();
  });

  describe('search on a phone', () => {
    async function results(page: Page, query: string) {
      await page.goto(`${site.server.url}/search/?q=${encodeURIComponent(query)}`);
      await page.waitForSelector('#search-results[data-state="done"]', { state: 'attached' });
    }

    it('the first result is on the first screen, at 390 px and at 320 px with 大字', async () => {
      for (const [options, large] of [
        [PHONE, false],
        [SMALL, true],
      ] as const) {
        const { context, page } = await phone(options, large);
        await results(page, '回执');
        const title = await page.locator('#search-results li h3').first().boundingBox();
        expect(title!.y + title!.height, `${options.viewport.width} px`).toBeLessThanOrEqual(options.viewport.height);
        const over = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(over).toBeLessThanOrEqual(0);
        expect(await page.getByRole('button', { name: '搜索' }).isVisible()).toBe(true);
        await context.close();
      }
    });

    it('a made-up query finds nothing instead of single-character fragments', async () => {
      const { context, page } = await phone();
      await results(page, '阿斯顿发给qwerty');
      expect(await page.getAttribute('#search-results', 'data-count')).toBe('0');
      expect(await page.textContent('#search-status')).toContain('没有找到');
      await context.close();
    });

    it('marks the query whole, never a part of it', async () => {
      const { context, page } = await phone();
      await results(page, '小城镇');
      const found = await page.$$eval('#search-results mark', (ms) => ms.map((m) => m.textContent ?? ''));
      expect(found.length).toBeGreaterThan(0);
      expect(new Set(found)).toEqual(new Set(['小城镇']));
      // No page holds 特色小镇 whole: its parts (小镇, 特色) are found apart, and nothing is marked.
      await results(page, '特色小镇');
      expect(await page.$$eval('#search-results mark', (ms) => ms.map((m) => m.textContent ?? ''))).toEqual([]);
      expect(await page.locator('#search-results li').count()).toBeGreaterThan(0);
      // Excerpts begin at the page's start, a sentence, a clause or a word: never on punctuation.
      const starts = await page.$$eval('#search-results .result-excerpt', (ps) => ps.map((p) => p.textContent ?? ''));
      expect(starts.filter((s) => /^…?[，。、；：）」』”]/u.test(s))).toEqual([]);
      await context.close();
    });

    it('results with the same title say where each is from', async () => {
      const { context, page } = await phone();
      await results(page, '镇域发展问卷');
      const titles = await page.$$eval('#search-results h3', (hs) => hs.map((h) => h.textContent ?? ''));
      const same = titles.filter((t) => t.startsWith('镇域发展问卷'));
      expect(same.length).toBeGreaterThanOrEqual(2);
      expect(new Set(same).size, same.join(' | ')).toBe(same.length);
      await context.close();
    });
  });

  it('in WeChat, without JavaScript, each download says how to go on and shows its address to copy', async () => {
    const { context, page } = await phone({ ...PHONE, userAgent: WECHAT_UA, javaScriptEnabled: false });
    for (const path of [
      '/forum/2026/',
      '/forum/2026/register/',
      '/forms/questionnaire/',
      '/toolkits/canhui-huizhibiao/',
      '/toolkits/zhenyu-fazhan-wenjuan/',
    ]) {
      await page.goto(site.server.url + path);
      const downloads = await page.$$eval('main a[href$=".ics"], main a[href$=".xlsx"]', (links) =>
        links.map((a) => {
          const href = new URL((a as HTMLAnchorElement).href).href;
          let box: Element | null = a.parentElement;
          while (box && !box.querySelector('[data-wechat-hint]')) box = box.parentElement;
          const hint = box?.querySelector<HTMLElement>('[data-wechat-hint]');
          return {
            href: decodeURI(href),
            hint: hint && hint.offsetParent !== null ? (hint.textContent ?? '') : '',
          };
        }),
      );
      expect(downloads.length, path).toBeGreaterThan(0);
      for (const d of downloads) {
        expect(d.hint, `${path} ${d.href}`).toContain('在浏览器打开');
        expect(d.hint.replace(/\s+/g, ''), `${path} ${d.href}`).toContain(d.href.replace(/^https?:\/\/[^/]+/, ''));
      }
    }
    await context.close();
  });
});
