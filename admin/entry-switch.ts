/**
 * Going from one entry's editor straight to another's by the address (a typed or pasted
 * link, the browser's back and forward buttons) leaves Decap 3.x showing the first entry's
 * values under the second entry's fields: opened from the questionnaire, the forum 2026
 * showed 「论坛名称」 镇域发展问卷 and its preview the questionnaire, and saving would have
 * written them into the forum's file. Decap itself never goes from one saved entry to
 * another (it passes through a list, or to a new entry), so only such address changes
 * reload the page, which opens the second entry afresh.
 */

/**
 * The saved entry an admin address points at, or undefined for any other view.
 * @example entryRoute('https://x/admin/#/collections/forum/entries/2026?ref=workflow') // 'forum/2026'
 * @example entryRoute('https://x/admin/#/collections/forum/new') // undefined
 */
export function entryRoute(url: string): string | undefined {
  const hash = new URL(url).hash.replace(/\?.*$/, '');
  const match = /^#\/collections\/([^/]+)\/entries\/(.+)$/.exec(hash);
  return match ? `${match[1]}/${match[2]}` : undefined;
}

/** Reload when the address goes from one saved entry to a different one. */
export function reloadOnEntrySwitch(): void {
  window.addEventListener('hashchange', (event) => {
    const from = entryRoute(event.oldURL);
    const to = entryRoute(event.newURL);
    if (from && to && from !== to) location.reload();
  });
}
