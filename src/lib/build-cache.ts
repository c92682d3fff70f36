/**
 * Where the build keeps what a later build may reuse, and when Astro's part of it may be reused.
 *
 * Three caches, each a folder under one root, so a host keeps them all by keeping those folders
 * (deploy/README.md, "Build caches"):
 * - `og`: share cards, each named by a hash of everything it shows and of what draws it (src/og/);
 * - `admin`: the CMS bundle, in a folder named by a hash of every file it was made from (admin/);
 * - `astro`: Astro's `cacheDir` (its content data store `data-store.json`, optimised images).
 *
 * The first two are content-addressed: a stale entry is never found. Astro's data store is not:
 * it keeps each entry's parsed data and rendered HTML and reuses them while the entry's file is
 * unchanged, and it throws them away only when astro.config.mjs's serialisable settings,
 * src/content.config.ts's own text or Astro's version change. A change to a schema in src/schemas/,
 * to the Markdown plugins in src/markdown/ (functions, which its digest does not see), to another
 * dependency, or a store made from another content folder, would leave stale data in place. So the
 * build keys that folder itself (`astroCacheInputs`) and empties it when the key differs.
 *
 * Env: OG_CACHE_DIR, ADMIN_CACHE_DIR, ASTRO_CACHE_DIR override one folder each (tests, benchmark).
 */
import { readdirSync, readFileSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { hashFiles, inputsKey } from './file-hash.ts';

type Env = Record<string, string | undefined>;

/** The caches a build keeps, and the variable that moves each one. */
export const CACHES = { og: 'OG_CACHE_DIR', admin: 'ADMIN_CACHE_DIR', astro: 'ASTRO_CACHE_DIR' } as const;
export type CacheName = keyof typeof CACHES;

/**
 * The folder that holds every cache, relative to the project. Cloudflare Pages keeps only
 * `node_modules/.astro` of an Astro project between builds (and npm's own download cache), so
 * there the caches live inside it.
 * @example cacheRoot({}) // '.cache'
 * @example cacheRoot({ CF_PAGES: '1' }) // 'node_modules/.astro'
 */
export function cacheRoot(env: Env = process.env): string {
  return env['CF_PAGES'] === '1' ? 'node_modules/.astro' : '.cache';
}

/**
 * One cache's folder, relative to the project unless its variable gives an absolute path.
 * @example cacheFolder('og', {}) // '.cache/og'
 * @example cacheFolder('astro', { ASTRO_CACHE_DIR: '/tmp/a' }) // '/tmp/a'
 */
export function cacheFolder(name: CacheName, env: Env = process.env): string {
  return env[CACHES[name]] ?? `${cacheRoot(env)}/${name}`;
}

/**
 * Files whose change can change what Astro's data store holds for an unchanged entry: the
 * dependencies (Astro, the Markdown pipeline, Node itself through the `node` package), the
 * configuration, and all of src/ (schemas, Markdown plugins and whatever they import; a
 * superset, so a code change costs one build without the store, never a stale page).
 */
export const ASTRO_CACHE_INPUTS = ['package-lock.json', 'astro.config.mjs', 'tsconfig.json', 'src'] as const;

/** Every file under the inputs, relative to root, sorted. */
function inputFiles(root: string): string[] {
  return ASTRO_CACHE_INPUTS.flatMap((input) => {
    try {
      return readdirSync(path.join(root, input), { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
    } catch {
      return [input]; // a file (or missing: hashFile says so)
    }
  }).sort();
}

/**
 * The key of Astro's cache for this project as it is now: its inputs' hashes. Not the content
 * folder: entries a store kept from another folder are dropped by the collections' own loader
 * (src/content.config.ts), which tests/build/dates.test.ts proves with such a store in place.
 */
export async function astroCacheKey(root: string): Promise<string> {
  return inputsKey(await hashFiles(root, inputFiles(root)));
}

/** Where the key of the inputs a cache folder was made from is kept, inside the folder. */
const KEY_FILE = 'inputs.sha256';

/**
 * Keep a cache folder only when it was made from inputs with the same key; otherwise empty it.
 * Either way the folder then carries `key`. Says what it found: the same key (`kept`), another key
 * (`emptied`), or no key (`started`: a new folder, or one from before keys, emptied too).
 * @example keepIfSameKey('.cache/astro', '3f9c…') // 'started', then 'kept' while nothing changes
 */
export function keepIfSameKey(dir: string, key: string): 'kept' | 'emptied' | 'started' {
  let previous: string | undefined;
  try {
    previous = readFileSync(path.join(dir, KEY_FILE), 'utf8').trim();
  } catch {
    previous = undefined;
  }
  if (previous === key) return 'kept';
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, KEY_FILE), `${key}\n`);
  return previous === undefined ? 'started' : 'emptied';
}
