/**
 * Release bookkeeping, pure: names, which to keep, what to roll back to.
 *
 * A release is a folder `releases/<id>/` holding one whole build; `current` is a symlink to
 * the live one. Ids sort by time, so the list of folders is the history.
 */

/**
 * A release id from a time: sortable, safe in a path.
 * @example releaseId(new Date('2026-11-27T10:15:00.123Z')) // '20261127T101500123Z'
 */
export function releaseId(now: Date): string {
  return now.toISOString().replace(/[-:.]/g, '');
}

/** Folders under releases/ that are releases (not an unfinished `.partial` upload). */
export const finished = (names: readonly string[]): string[] => names.filter((n) => /^\d{8}T\d{9}Z$/.test(n)).sort();

/**
 * The release before the live one, or undefined when there is none to roll back to.
 * @example rollbackTarget(['a', 'b', 'c'], 'c') // 'b'
 */
export function rollbackTarget(releases: readonly string[], live: string | undefined): string | undefined {
  const i = live ? releases.indexOf(live) : -1;
  return i > 0 ? releases[i - 1] : undefined;
}

/**
 * Releases to delete: all but the newest `keep`, never the live one or the one before it.
 * @example prunable(['a', 'b', 'c', 'd'], 'd', 2) // ['a']
 */
export function prunable(releases: readonly string[], live: string, keep: number): string[] {
  const protect = new Set([live, rollbackTarget(releases, live)]);
  return releases.slice(0, Math.max(0, releases.length - keep)).filter((r) => !protect.has(r));
}

/**
 * The folders whose files keep their names only while their content is the same (hashed
 * names, the search index): a page loaded from the previous release asks for them, so
 * they are carried into the next release until the one after it.
 */
export const CARRIED_DIRS = ['_astro', 'admin/_cms', 'pagefind'] as const;
