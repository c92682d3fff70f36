import type { Page } from 'playwright-core';

/** What one page does wrong on a phone; every list empty is a page that fits. */
export interface PhoneProblems {
  /** How many CSS pixels the page scrolls sideways (0 when it does not). */
  sideways: number;
  /** Short table values (numbers, ranks, changes, short names) and phone numbers that break over lines. */
  broken: string[];
  /** Controls and links outside running text below the minimum height or width. */
  small: string[];
}

/**
 * Check the page now loaded in `page`: does it scroll sideways, does any short table value (or a
 * phone number) break over lines, is any control or link outside running text smaller than `tap` CSS pixels tall (or
 * narrower than 24 px, WCAG 2.5.8)?
 *
 * A short value is a table cell's text of at most ten characters or a number; it is broken when its
 * text boxes sit on more than one line. A link is in running text when the block around it has
 * a letter of its own besides the text of its links and controls (a sentence, "下载全表：…"); a
 * count or a separator beside it does not make it running text.
 * @example await auditPage(page, 44) // { sideways: 0, broken: [], small: [] }
 */
export function auditPage(page: Page, tap: number): Promise<PhoneProblems> {
  return page.evaluate((tap) => {
    const sideways = Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth);

    // Lines a cell's text runs over: its text boxes, top to bottom; a box that starts below the
    // line before it starts a new line.
    const lines = (cell: Element) => {
      const boxes: DOMRect[] = [];
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(n);
        boxes.push(...[...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0));
      }
      boxes.sort((a, b) => a.top - b.top);
      let count = 0;
      let bottom = -Infinity;
      for (const box of boxes) {
        if (box.top >= bottom - 1) count++;
        bottom = Math.max(bottom, box.bottom);
      }
      return count;
    };
    const visible = (el: Element) => {
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      if (style.visibility === 'hidden' || box.width <= 1 || box.height <= 1) return false;
      // Inside a box clipped to a pixel (.visually-hidden and the like): there for screen readers only.
      for (let up = el.parentElement; up; up = up.parentElement) {
        const r = up.getBoundingClientRect();
        if ((r.width <= 1 || r.height <= 1) && getComputedStyle(up).overflow !== 'visible') return false;
      }
      return true;
    };

    const broken: string[] = [];
    for (const cell of document.querySelectorAll('main td, main th')) {
      if (!visible(cell)) continue;
      const text = (cell.textContent ?? '').replace(/\s+/g, ' ').trim();
      const short = [...text].length <= 10 || /^[-+−]?[\d.,%]+$/u.test(text);
      if (!text || !short) continue;
      if (lines(cell) > 1) broken.push(text);
    }
    // A phone number is a short value too, wherever it stands.
    for (const tel of document.querySelectorAll('a[href^="tel:"]')) {
      if (visible(tel) && lines(tel) > 1) broken.push(tel.textContent ?? '');
    }

    const controls = 'a[href], button, input:not([type="hidden"]), select, textarea, summary';
    const ownText = (block: Element) => {
      let text = '';
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.parentElement?.closest(`${controls}, label`)) text += n.textContent ?? '';
      }
      return text;
    };
    const inRunningText = (el: Element) => {
      let block = el.parentElement;
      while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
      return Boolean(block && /\p{L}/u.test(ownText(block)));
    };
    const small: string[] = [];
    for (const el of document.querySelectorAll(controls)) {
      // A checkbox or radio inside its label: the label is what a finger presses.
      const target =
        el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')
          ? (el.closest('label') ?? el)
          : el;
      if (!visible(target) || target.closest('.skip') || inRunningText(target)) continue;
      const box = target.getBoundingClientRect();
      if (box.height < tap - 0.5 || box.width < 24 - 0.5) {
        const name = (target.textContent ?? '').trim().slice(0, 20) || target.getAttribute('aria-label') || el.tagName;
        small.push(`${name} ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    return { sideways, broken, small };
  }, tap);
}
