import { paginate, type Page } from './paginate.ts';
import { SECTIONS, type Section } from './sections.ts';

/** Entries per list page. */
export const PAGE_SIZE = 20;

/**
 * Static paths for every section's paginated list. `which` picks the first
 * page (`/news/`) or the following ones (`/news/page/2/`).
 */
export async function listPaths<T>(
  entriesOf: (key: Section['key']) => Promise<T[]>,
  which: 'first' | 'rest',
): Promise<{ params: { section: string; page?: string }; props: { section: Section; page: Page<T> } }[]> {
  const out = [];
  for (const section of SECTIONS) {
    const pages = paginate(await entriesOf(section.key), PAGE_SIZE, section.path);
    for (const page of which === 'first' ? pages.slice(0, 1) : pages.slice(1)) {
      out.push({
        params: which === 'first' ? { section: section.key } : { section: section.key, page: String(page.current) },
        props: { section, page },
      });
    }
  }
  return out;
}
