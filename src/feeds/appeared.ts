import path from 'node:path';
import { contentDir } from '../lib/content-dir.ts';
import { firstSeenDates } from './first-seen.ts';

let seen: Map<string, Date> | undefined;
/** One build: a file not yet committed first appears on the site with this build. */
const BUILT = new Date();

/**
 * The day an entry first appeared on the site: the commit that added its file, or, for a
 * file not in git history yet, this build. Feeds date undated entries by it (README, "Feeds").
 */
export function appearedOnSite(entry: { filePath?: string | undefined }): Date {
  seen ??= firstSeenDates(contentDir());
  return (entry.filePath && seen.get(path.resolve(entry.filePath))) || BUILT;
}
