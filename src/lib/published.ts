/** The minimum an entry needs for publishing and ordering. */
export interface Publishable {
  id: string;
  data: { draft?: boolean; date?: Date | undefined; title: string };
}

/**
 * Published entries, newest first. Drafts are never returned. Undated entries
 * (e.g. a report not yet released) come after dated ones, by title.
 * @example published([{ id: 'a', data: { title: 'A', draft: true } }]) // []
 */
export function published<T extends Publishable>(entries: readonly T[]): T[] {
  return entries
    .filter((e) => e.data.draft !== true)
    .sort((a, b) => {
      const da = a.data.date?.getTime();
      const db = b.data.date?.getTime();
      if (da !== undefined && db !== undefined && da !== db) return db - da;
      if (da !== undefined && db === undefined) return -1;
      if (da === undefined && db !== undefined) return 1;
      return a.data.title.localeCompare(b.data.title, 'zh-CN') || a.id.localeCompare(b.id);
    });
}
