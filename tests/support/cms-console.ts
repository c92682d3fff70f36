/**
 * What the CMS end-to-end tests hear from the browser: every console error and warning and
 * every uncaught error of a page, so a test fails on any of our own (admin/README.md,
 * 「浏览器控制台里 Decap 自己的错误」 lists Decap's, which are allowed here by name).
 */
import type { Page } from 'playwright-core';

/** Console messages from Decap itself or the browser, allowed by name; anything else fails the test. */
export const KNOWN_CONSOLE_MESSAGES: readonly { name: string; pattern: RegExp }[] = [
  {
    name: 'Decap 3.x checks prop types by hand on every mount (decaporg/decap-cms#7463)',
    pattern: /^error: Warning: Failed prop type: /,
  },
  {
    // Decap asks whether an entry has an unpublished version, or for a file the preview
    // shows; the local backend answers 404 when there is none, and Chromium logs every such
    // answer. Only the local backend's own address.
    name: 'the local backend answers 404 for an entry with no review branch or a file not in the repository',
    pattern:
      /^error: Failed to load resource: the server responded with a status of 404 \(Not Found\) http:\/\/localhost:\d+\/api\/v1$/,
  },
];

/**
 * Start listening to `page`; the returned function gives what was heard so far that is not
 * in KNOWN_CONSOLE_MESSAGES, each as `error: …`, `warning: …` or `uncaught: …`.
 * @example const ours = watchConsole(page); …; expect(ours()).toEqual([])
 */
export function watchConsole(page: Page): () => string[] {
  const heard: string[] = [];
  page.on('console', (m) => {
    if (m.type() !== 'error' && m.type() !== 'warning') return;
    // A failed load names no address in its text; the address tells whose request it was.
    const where = m.text().startsWith('Failed to load resource') ? ` ${m.location().url}` : '';
    heard.push(`${m.type()}: ${m.text()}${where}`);
  });
  page.on('pageerror', (e) => heard.push(`uncaught: ${e.message}`));
  return () => heard.filter((m) => !KNOWN_CONSOLE_MESSAGES.some((known) => known.pattern.test(m)));
}
