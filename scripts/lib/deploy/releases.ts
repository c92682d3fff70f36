/**
 * Release bookkeeping, pure: names, which to keep, which folders are carried.
 *
 * A release is a folder `releases/<id>/` holding one whole build; `current` is a symlink to
 * the live one. Ids sort by time; what went live when is kept apart (history.ts).
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
 * Releases to delete: all but the newest `keep`, never the ones a rollback needs (the live
 * one and the one `--rollback` would restore).
 * @example prunable(['a', 'b', 'c', 'd'], ['d', 'a'], 2) // ['b']
 */
export function prunable(releases: readonly string[], keep: readonly (string | undefined)[], count: number): string[] {
  return releases.slice(0, Math.max(0, releases.length - count)).filter((r) => !keep.includes(r));
}

/**
 * The folders whose files keep their names only while their content is the same (hashed
 * names, the search index): a page loaded from the previous release asks for them, so
 * they are carried into the next release until the one after it.
 */
export const CARRIED_DIRS = ['_astro', 'admin/_cms', 'pagefind'] as const;
