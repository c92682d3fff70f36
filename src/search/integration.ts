/**
 * Pagefind search index, built inside the production build (as Starlight does):
 * after Astro has written every page, `astro:build:done` indexes the HTML and
 * writes `pagefind/` next to it. Indexing errors fail the build, so a site
 * whose search is broken is never swapped into dist/.
 *
 * Which pages are indexed is decided in the templates, not here: only pages
 * whose `<main>` carries `data-pagefind-body` (articles and standalone pages,
 * see BaseLayout's `searchable` prop) become results; lists, the home page,
 * 404 and the search page itself do not.
 *
 * Beside the index it writes the newest-first order the search page uses for 按日期
 * (src/search/date-order.ts), instead of Pagefind's own date sort, and it lets the search page
 * choose how Pagefind segments a Chinese query (src/search/segmenter-hook.ts).
 *
 * SKIP_SEARCH=1 skips indexing for fast local builds. After indexing it prints the index's peak
 * memory and warns when that nears the build machine's (src/search/service-memory.ts).
 */
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { postBuildInProcess } from '../lib/build-steps.ts';
import { writeDateOrder } from './date-order.ts';
import { hookSegmenter } from './segmenter-hook.ts';
import { buildMemory, memoryReport, pagefindPeak } from './service-memory.ts';

/** What one indexing run did; `ms` is wall time from createIndex to writeFiles. */
export interface IndexReport {
  pages: number;
  ms: number;
  outputPath: string;
  /** Peak memory of Pagefind's service process in bytes; null where `/proc` cannot tell (not Linux). */
  peakBytes: number | null;
}

/**
 * Word positions per index chunk, the files a query fetches. Pagefind's default is 20,000, so
 * every chunk is large and a common word drags a whole big chunk along; smaller chunks mean fewer
 * bytes per query until the list of chunks (fetched up front) grows faster than they shrink.
 * The value was chosen with `npm run bench`, which reports the bytes each query fetches. Pagefind 1.6 reads it from an
 * undocumented variable; tests/unit/search/integration.test.ts fails if an upgrade stops honouring it.
 */
export const INDEX_CHUNK_SIZE = 6000;
const CHUNK_SIZE_ENV = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

export interface IndexOptions {
  /** Word positions per index chunk; default INDEX_CHUNK_SIZE. */
  chunkSize?: number;
  /** Where to write the bundle; default `<siteDir>/pagefind`. */
  outputPath?: string;
  /** Pagefind indexing options (selectors, language…); the defaults suit this site. */
  config?: pagefind.PagefindServiceConfig;
}

/**
 * Index every HTML file under `siteDir` with Pagefind and write the bundle
 * (by default to `<siteDir>/pagefind`). Throws with Pagefind's own
 * messages when any step reports errors, or when no page was indexed at all
 * (which means `data-pagefind-body` went missing from the templates: a site
 * with an empty index must not ship).
 * @example await indexSite('.cache/dist-search') // { pages: 12, ms: 340, outputPath: '…/pagefind' }
 */
export async function indexSite(siteDir: string, options: IndexOptions = {}): Promise<IndexReport> {
  const started = performance.now();
  const outputPath = options.outputPath ?? path.join(siteDir, 'pagefind');
  // The service process Pagefind spawns reads its environment when it starts (createIndex).
  const previous = process.env[CHUNK_SIZE_ENV];
  process.env[CHUNK_SIZE_ENV] = String(options.chunkSize ?? INDEX_CHUNK_SIZE);
  try {
    // Every page declares lang="zh-CN", so Pagefind segments the text as Chinese.
    const { index, errors } = await pagefind.createIndex(options.config);
    if (!index || errors.length) fail('createIndex', errors);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) fail('addDirectory', added.errors);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) fail('writeFiles', written.errors);
    // addDirectory counts every HTML file it read; the entry file counts the pages
    // that carry data-pagefind-body and so became results.
    const pages = await indexedPages(written.outputPath);
    if (pages === 0) fail('addDirectory', [`no page in ${siteDir} has data-pagefind-body: the index is empty`]);
    await writeDateOrder(written.outputPath);
    await installSegmenterHook(written.outputPath);
    // Read while the service still runs: close() ends it and its memory figures with it.
    const peakBytes = pagefindPeak();
    return { pages, ms: Math.round(performance.now() - started), outputPath: written.outputPath, peakBytes };
  } finally {
    // Stop the Pagefind service process so the build can exit.
    await pagefind.close();
    if (previous === undefined) delete process.env[CHUNK_SIZE_ENV];
    else process.env[CHUNK_SIZE_ENV] = previous;
  }
}

/** Pages in a written Pagefind bundle, summed over its languages. */
async function indexedPages(bundle: string): Promise<number> {
  const entry = JSON.parse(await readFile(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, lang) => sum + lang.page_count, 0);
}

/** Put the search page's segmenter hook into the bundle's `pagefind.js` (src/search/segmenter-hook.ts). */
async function installSegmenterHook(bundle: string): Promise<void> {
  const file = path.join(bundle, 'pagefind.js');
  await writeFile(file, hookSegmenter(await readFile(file, 'utf8'), file));
}

function fail(step: string, errors: readonly string[]): never {
  throw new Error(`Pagefind ${step} failed:\n${errors.map((e) => `  ${e}`).join('\n') || '  (no index returned)'}`);
}

/**
 * Index a built site unless SKIP_SEARCH=1, logging the line the benchmark reads.
 * @example await searchStep('.cache/build-1') // prints "[pagefind] indexed 16 pages in 139 ms"
 */
export async function searchStep(
  siteDir: string,
  warn: (message: string) => void = (m) => console.warn(`[pagefind] ${m}`),
): Promise<void> {
  const limit = buildMemory(); // a bad BUILD_MEMORY_GB fails before an index is built, as in the configuration
  if (process.env['SKIP_SEARCH'] === '1') {
    warn('SKIP_SEARCH=1: search index not built; /search/ will not work');
    return;
  }
  const report = await indexSite(siteDir);
  // console.log rather than Astro's logger: the benchmark parses this exact line,
  // and it must print even when the build runs with logLevel 'error'.
  console.log(`[pagefind] indexed ${report.pages} pages in ${report.ms} ms`);
  if (report.peakBytes !== null) {
    const memory = memoryReport(report.peakBytes, report.pages, limit);
    console.log(`[pagefind] ${memory.line}`);
    if (memory.warning) warn(memory.warning);
  }
}

/** The Astro integration: index the built site (unless scripts/build.ts does it as its own step); tell the search page about `astro dev`. */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        // A BUILD_MEMORY_GB that is not a size stops the build before any page is written,
        // not after Astro's whole run when the search step reads it.
        if (command === 'build') buildMemory();
        // The search page tells readers of a dev server that search needs a build
        // (src/search/dev-mode.ts).
        updateConfig({ vite: { define: { __SEARCH_DEV__: JSON.stringify(command === 'dev') } } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (postBuildInProcess()) await searchStep(fileURLToPath(dir), (m) => logger.warn(m));
      },
    },
  };
}
