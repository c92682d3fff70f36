/**
 * The one script of reading pages (its gzipped size is in `npm run bench`; the limit is 1 KB):
 * - the reader's display choice, 大字 (the 适老化 elder mode: larger text and spacing), kept in
 *   localStorage and set on <html> before the first paint, so it holds across pages and visits;
 * - the copy buttons next to e-mail addresses and account numbers, shown only where the Clipboard
 *   API exists;
 * - the current section in the header's sideways-scrolling list, scrolled into view where CSS's
 *   scroll-initial-target is missing (Safari, older WebViews).
 * BaseLayout loads it `async` with `blocking="render"`: it never stops the HTML parser, and the
 * browser paints nothing before it has run (Chromium 105+, Safari 18.2+; elsewhere it is plain async).
 * The CSP allows no inline script, so it is a file: BaseLayout imports it with `?worker&url`, which makes
 * Vite bundle and minify it into one self-contained classic script (an IIFE) under a hashed name.
 */
const KEY = 'gyxz-display';
const root = document.documentElement;
let prefs: { large?: boolean } = {};
try {
  prefs = (JSON.parse(localStorage.getItem(KEY) ?? '{}') as typeof prefs | null) ?? {};
} catch {
  // Storage blocked (private mode, WebView settings): the switch still works on this page.
}
root.toggleAttribute('data-large-text', prefs.large === true);

function ready() {
  // The header's sections scroll sideways on a phone: show the current one where CSS cannot
  // (scroll-initial-target, SiteHeader.astro). scrollLeft, not scrollIntoView, so the page stays put;
  // in the next frame, as the stylesheet that makes the list scroll may come after DOMContentLoaded.
  const here = document.querySelector<HTMLElement>('.site-header [aria-current]');
  const list = here?.closest('ul');
  if (here && list && !CSS.supports('scroll-initial-target', 'nearest'))
    requestAnimationFrame(() => (list.scrollLeft = here.offsetLeft - list.offsetLeft));
  const box = document.getElementById('large-text');
  if (box instanceof HTMLInputElement) {
    box.checked = prefs.large === true;
    box.addEventListener('change', () => {
      prefs.large = box.checked;
      root.toggleAttribute('data-large-text', box.checked);
      try {
        localStorage.setItem(KEY, JSON.stringify(prefs));
      } catch {
        // As above: not remembered, still applied.
      }
    });
  }
  if (!navigator.clipboard) return;
  for (const button of document.querySelectorAll('button[data-copy]')) {
    if (!(button instanceof HTMLButtonElement)) continue;
    button.hidden = false;
    button.addEventListener('click', () => {
      const label = button.textContent;
      navigator.clipboard.writeText(button.dataset['copy'] ?? '').then(
        () => (button.textContent = '已复制'),
        () => (button.textContent = '复制失败，请长按文字复制'),
      );
      setTimeout(() => (button.textContent = label), 2000);
    });
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready);
else ready();
