/**
 * Keyboard only: a reader who cannot use a mouse reaches everything in order,
 * always sees where the focus is, and can use the skip link, the navigation,
 * the search box, the large-text switch and the forms.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserSkipReason } from '../support/browser.ts';
import { pageTypes } from '../support/page-types.ts';
import { useFixtureBrowser } from '../support/site-server.ts';

interface Focused {
  tag: string;
  text: string;
  id: string;
  inMain: boolean;
  inHeader: boolean;
  visibleFocus: boolean;
  onScreen: boolean;
}

/** What has the focus now, and whether a sighted keyboard user can see it. */
function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40),
      id: el.id,
      inMain: Boolean(el.closest('main')),
      inHeader: Boolean(el.closest('header')),
      visibleFocus: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
      onScreen: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.right > 0,
    };
  });
}

describe.skipIf(browserSkipReason())('keyboard-only use', () => {
  const site = useFixtureBrowser();

  async function open(p: string): Promise<Page> {
    const page = await site.browser.newPage({ viewport: { width: 1024, height: 800 } });
    await page.goto(site.server.url + p);
    return page;
  }

  it('the first Tab shows the skip link, and Enter jumps past the header into the main text', async () => {
    const page = await open('/forum/2026/');
    await page.keyboard.press('Tab');
    const skip = await focused(page);
    expect(skip).toMatchObject({ tag: 'a', text: '跳到正文', onScreen: true, visibleFocus: true });
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect((await focused(page)).inMain).toBe(true);
    await page.close();
  });

  it('Tab walks the header in order: brand, large text, search, every navigation link, with visible focus', async () => {
    const page = await open('/');
    const navCount = await page.locator('header nav a').count();
    const walk: Focused[] = [];
    for (let i = 0; i < navCount + 6; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      if (!f.inHeader) break;
      walk.push(f);
    }
    expect(walk.filter((f) => !f.visibleFocus || !f.onScreen)).toEqual([]);
    const ids = walk.map((f) => f.id || f.tag);
    expect(ids).toContain('site-search');
    expect(ids).toContain('large-text');
    // As the header reads: 大字 stands beside the brand on a phone, before the search box on a wide screen.
    expect(ids.indexOf('large-text')).toBeLessThan(ids.indexOf('site-search'));
    expect(walk.filter((f) => f.tag === 'a').length).toBeGreaterThanOrEqual(navCount + 2); // skip link, brand, nav
    await page.close();
  });

  it('the large-text switch works with the Space key', async () => {
    const page = await open('/about/');
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main p')!).fontSize));
    const before = await size();
    await page.locator('#large-text').focus();
    await page.keyboard.press('Space');
    expect(await size()).toBeGreaterThan(before * 1.2);
    await page.close();
  });

  it('the search box takes a query from the keyboard and Enter opens the results', async () => {
    const page = await open('/news/');
    await page.locator('#site-search').focus();
    await page.keyboard.type('论坛');
    await Promise.all([page.waitForURL(/\/search\/\?q=/), page.keyboard.press('Enter')]);
    expect(decodeURIComponent(new URL(page.url()).search)).toContain('论坛');
    await page.close();
  });

  it('every form on the site is reachable by Tab, with visible focus on each stop', async () => {
    for (const p of pageTypes(inject('fixtureDist'))) {
      const page = await open(p);
      if ((await page.locator('main form').count()) === 0) {
        await page.close();
        continue;
      }
      await page.locator('main').evaluate((m) => {
        m.setAttribute('tabindex', '-1');
        m.focus();
      });
      const stops: Focused[] = [];
      for (let i = 0; i < 400; i++) {
        await page.keyboard.press('Tab');
        const f = await focused(page);
        if (!f.inMain) break;
        if (await page.evaluate(() => Boolean(document.activeElement?.closest('main form')))) stops.push(f);
      }
      expect(stops.length, `${p}: Tab reaches the form`).toBeGreaterThan(0);
      expect(
        stops.filter((f) => !f.visibleFocus),
        p,
      ).toEqual([]);
      await page.close();
    }
  });
});
