/**
 * Newest-first order for the search page, kept out of Pagefind's index.
 *
 * Pagefind's own date sort (`data-pagefind-sort`) stores a full ordering of every page in
 * `pf_meta`, the file every query downloads first, so every reader paid for it though only a
 * reader who picks 按日期 uses it, more bytes the larger the site. Instead, after indexing,
 * the build writes the dated pages' result ids, newest first, to `pagefind/date-order.json`,
 * and the search page fetches that file only for a date-ordered search.
 *
 * The ids are read back from Pagefind's own output (each page's fragment file is named by the id
 * its results carry, and holds the page's `date` meta), so they cannot drift from the index.
 */
import { readFileSync } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DATE_ORDER_FILE } from './pagefind-api.ts';

const FRAGMENT = '.pf_fragment';
/** Pagefind 1.x prefixes every decompressed index file with this signature. */
const SIGNATURE = 'pagefind_dcd';
const DAY = /^\d{4}-\d{2}-\d{2}$/u;

/** One indexed page, as far as ordering is concerned. */
export interface DatedPage {
  /** The result id: the fragment's file name without its extension. */
  id: string;
  url: string;
  /** `YYYY-MM-DD`, or undefined for a page without a date. */
  date: string | undefined;
}

/**
 * Dated pages newest first; pages on the same day in URL order, so every build gives the same
 * file. Undated pages are left out: the search page lists them after the dated ones.
 * @example dateOrder([{ id: 'a', url: '/x/', date: '2025-01-01' }, { id: 'b', url: '/y/', date: '2026-01-01' }]) // ['b', 'a']
 */
export function dateOrder(pages: readonly DatedPage[]): string[] {
  return pages
    .filter((p): p is DatedPage & { date: string } => p.date !== undefined)
    .sort((a, b) => b.date.localeCompare(a.date) || a.url.localeCompare(b.url))
    .map((p) => p.id);
}

/**
 * Read one Pagefind fragment file. Throws, naming the file, when it is not what Pagefind 1.x
 * writes (an upgrade that changes the format must stop the build, not ship a broken sort).
 */
export function readFragment(file: string, bytes: Buffer): DatedPage {
  const text = gunzipSync(bytes).toString('utf8');
  if (!text.startsWith(SIGNATURE)) throw new Error(`${file}: not a Pagefind fragment (no ${SIGNATURE} signature)`);
  const fragment = JSON.parse(text.slice(SIGNATURE.length)) as { url?: unknown; meta?: { date?: unknown } };
  if (typeof fragment.url !== 'string') throw new Error(`${file}: Pagefind fragment without a url`);
  const date = fragment.meta?.date;
  if (date !== undefined && !(typeof date === 'string' && DAY.test(date))) {
    throw new Error(`${file}: date meta should be YYYY-MM-DD, found ${JSON.stringify(date)}`);
  }
  return { id: path.basename(file, FRAGMENT), url: fragment.url, date };
}

/**
 * Write `date-order.json` into a Pagefind bundle from its fragments.
 * @example await writeDateOrder('dist/pagefind') // 812 (dated pages)
 */
export async function writeDateOrder(bundle: string): Promise<number> {
  const dir = path.join(bundle, 'fragment');
  const files = (await readdir(dir)).filter((f) => f.endsWith(FRAGMENT));
  // One after another, synchronously: thousands of small files, each unzipped at once, read faster
  // so than with a promise and a pool thread for each; this runs after indexing in every build,
  // where nothing else overlaps it.
  const pages = files.map((f) => readFragment(f, readFileSync(path.join(dir, f))));
  const order = dateOrder(pages);
  await writeFile(path.join(bundle, DATE_ORDER_FILE), JSON.stringify(order));
  return order.length;
}
