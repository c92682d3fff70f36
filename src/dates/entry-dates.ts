import path from 'node:path';
import { contentDir } from '../lib/content-dir.ts';
import { gitDates, type FileDates } from './git-dates.ts';

let dates: Map<string, FileDates> | undefined;

/** Git dates of a content file (absolute, or relative to the project root as Astro gives it). */
function datesOf(file: string | undefined): FileDates | undefined {
  dates ??= gitDates(contentDir());
  return file === undefined ? undefined : dates.get(path.resolve(file));
}

/**
 * The day an entry first appeared on the site: the commit that added its file. Feeds and
 * Articles date undated entries by it (README, "Decisions").
 *
 * A file git does not know (not committed yet: a local build, work in progress) gets no date
 * at all, so its feed item has no pubDate and its Article no datePublished. The build's clock
 * would change on every build and read like a real date, and a cache may hold another build's.
 */
export function appearedOnSite(entry: { filePath?: string | undefined }): Date | undefined {
  return datesOf(entry.filePath)?.added;
}

/** The last commit that changed a content file; none for a file git does not know (as above). */
export function lastChanged(file: string): Date | undefined {
  return datesOf(file)?.changed;
}
