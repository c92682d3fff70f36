/**
 * The CMS bundle in production builds: built by `scripts/build-admin.ts` in a child
 * process, cached, and copied into the site; Astro's own build never bundles Decap.
 *
 * Why: Decap (with React, CodeMirror and their kin) is by far the largest code in the
 * project. Bundled inside Astro's build it cost every build time and memory the process
 * kept until it exited, and it was rebuilt even when no
 * line of the CMS had changed. Now a build reuses the cached bundle while its inputs (every
 * project file it was made from, the lockfile and the build script) are byte for byte the same.
 *
 * How the page finds it: src/pages/admin/index.astro imports admin/cms.ts as usual. In
 * production builds, the Vite plugin below answers that import with a one-line module
 * that imports the prebuilt entry (`/admin/_cms/cms.<hash>.js`), left external. Under
 * `astro dev` nothing changes: Vite serves admin/cms.ts itself, with hot reload.
 *
 * Env: ADMIN_CACHE_DIR (default .cache/admin, see src/lib/build-cache.ts).
 */
import type { AstroIntegration } from 'astro';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Plugin } from 'vite';
import { decapAliases, decapAliasPlugin } from './decap-aliases.ts';
import { divisionsModule } from './divisions-module.ts';
import { cacheFolder } from '../src/lib/build-cache.ts';
import { hashFiles, inputsKey as bundleKey } from '../src/lib/file-hash.ts';

/** What scripts/build-admin.ts writes to `bundle.json`. */
export interface AdminBundle {
  /** Site path of the entry module, e.g. `/admin/_cms/cms.90vYBTwg.js`. */
  entry: string;
  /**
   * Site paths of the entry and the chunks it imports statically. The admin page preloads
   * them all (`withPreloads`): otherwise the browser asks for the entry only once Astro's
   * page script has arrived, and for its chunks only once the entry has been parsed.
   */
  preload: string[];
  /**
   * Every project file (relative to the root) the bundle was made from, with the sha256 of
   * its bytes as the build read them: a file saved during the build cannot hide behind the
   * newer content.
   */
  inputs: Record<string, string>;
}

/** A bundle in the cache: its folder (holding `admin/_cms/`) and its description. */
export interface CachedBundle {
  dir: string;
  bundle: AdminBundle;
}

/** Cached bundles kept besides the one in use (other branches, recent edits). */
const KEEP = 3;
/** Temporary folders older than this were left by an interrupted build. */
const STALE_TMP_MS = 3600 * 1000;
const BUILD_SCRIPT = 'scripts/build-admin.ts';

/** Where the bundle lives, in the cache folder and in the site (`/admin/_cms/…`). */
export const BUNDLE_DIR = 'admin/_cms';

/**
 * Inputs of every bundle besides the modules Vite reads: the lockfile (Decap's version),
 * tsconfig.json (how TypeScript is compiled), the build script and the modules it sets up.
 */
export const FIXED_INPUTS = [
  'package-lock.json',
  'tsconfig.json',
  BUILD_SCRIPT,
  'admin/decap-aliases.ts',
  // The divisions module (admin/divisions-module.ts) is made in Node; the package's version is in the lockfile.
  'admin/divisions-module.ts',
  'src/divisions/load.ts',
  'src/divisions/index-divisions.ts',
];

/** A cache folder's bundle.json, or undefined when it is missing or unreadable (then the bundle is rebuilt). */
async function readBundle(dir: string): Promise<AdminBundle | undefined> {
  try {
    const bundle = JSON.parse(await readFile(path.join(dir, 'bundle.json'), 'utf8')) as Partial<AdminBundle>;
    const inputs = bundle.inputs;
    const valid =
      typeof bundle.entry === 'string' &&
      Array.isArray(bundle.preload) &&
      typeof inputs === 'object' &&
      inputs !== null &&
      Object.values(inputs).every((h) => typeof h === 'string');
    return valid ? (bundle as AdminBundle) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The cached bundle that matches the project as it is now, if any. Each cache folder
 * is named by the key of its inputs as they were built; a folder matches when the files
 * it lists, as they are now, give the same key.
 */
export async function findCachedBundle(root: string, cacheDir: string): Promise<CachedBundle | undefined> {
  if (!existsSync(cacheDir)) return undefined;
  for (const name of await readdir(cacheDir)) {
    if (!/^[0-9a-f]{64}$/.test(name)) continue;
    const dir = path.join(cacheDir, name);
    const bundle = await readBundle(dir);
    if (bundle && bundleKey(await hashFiles(root, Object.keys(bundle.inputs))) === name) return { dir, bundle };
  }
  return undefined;
}

/**
 * Build the bundle in a child process and move it into the cache under its key.
 * Parallel builds (tests) may race: each writes its own temporary folder, and the
 * first to finish names the entry; the others' identical copies are dropped.
 */
async function buildBundle(root: string, cacheDir: string): Promise<CachedBundle> {
  await mkdir(cacheDir, { recursive: true });
  const tmp = path.join(cacheDir, `tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await promisify(execFile)(process.execPath, [BUILD_SCRIPT, '--out', tmp, '--root', root], {
      cwd: root,
      // Always React's production build: the cache key does not hold NODE_ENV.
      env: { ...process.env, NODE_ENV: 'production' },
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    await rm(tmp, { recursive: true, force: true });
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    throw new Error(`The CMS bundle (admin/cms.ts) failed to build:\n${stderr || stdout || String(error)}`);
  }
  const bundle = JSON.parse(await readFile(path.join(tmp, 'bundle.json'), 'utf8')) as AdminBundle;
  const dir = path.join(cacheDir, bundleKey(bundle.inputs));
  try {
    await rename(tmp, dir);
  } catch (error) {
    await rm(tmp, { recursive: true, force: true });
    // A parallel build got there first with the same bundle; anything else is a real failure.
    if (!(await readBundle(dir))) throw error;
  }
  return { dir, bundle };
}

/**
 * Keep the bundle in use and the KEEP most recently used others; drop the rest, and
 * temporary folders an interrupted build left. A folder is renamed before it is
 * deleted, so a parallel build never finds a half-deleted bundle under a valid name.
 */
async function prune(cacheDir: string, inUse: string) {
  const now = new Date();
  await utimes(inUse, now, now);
  const entries = await Promise.all(
    (await readdir(cacheDir)).map(async (name) => {
      const dir = path.join(cacheDir, name);
      return { name, dir, used: (await stat(dir).catch(() => undefined))?.mtimeMs ?? 0 };
    }),
  );
  const old = entries
    .filter((e) => /^[0-9a-f]{64}$/.test(e.name) && e.dir !== inUse)
    .sort((a, b) => b.used - a.used)
    .slice(KEEP);
  const stale = entries.filter((e) => e.name.startsWith('tmp-') && now.getTime() - e.used > STALE_TMP_MS);
  await Promise.all(
    [...old, ...stale].map(async (e) => {
      const doomed = path.join(cacheDir, `tmp-delete-${randomBytes(4).toString('hex')}`);
      await rename(e.dir, doomed).catch(() => undefined);
      await rm(doomed, { recursive: true, force: true });
    }),
  );
}

/**
 * The admin page with `<link rel="modulepreload">` for the bundle's files, at the end of its head.
 * @example withPreloads('<head></head>', ['/admin/_cms/cms.a.js']) // '<head><link rel="modulepreload" href="/admin/_cms/cms.a.js"></head>'
 */
export function withPreloads(html: string, files: readonly string[]): string {
  if (!html.includes('</head>')) throw new Error('admin/index.html has no </head> to put the CMS preloads in');
  const links = files.map((file) => `<link rel="modulepreload" href="${file}">`).join('');
  return html.replace('</head>', `${links}</head>`);
}

/** Vite plugin: `admin/cms.ts` becomes an import of the prebuilt entry. */
function usePrebuilt(cmsFile: string, entry: string): Plugin {
  const stub = '\0admin-cms-prebuilt';
  return {
    name: 'admin-bundle:prebuilt',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (source === entry) return { id: entry, external: true };
      if (!source.endsWith('cms.ts')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === cmsFile ? stub : null;
    },
    load(id) {
      return id === stub ? `import ${JSON.stringify(entry)};\n` : null;
    },
  };
}

/**
 * The bundle for the project as it is now: from the cache, or built (in a child process) and
 * cached; older cache entries are pruned. Logs the line the benchmark reads.
 * With `cacheOnly`, a bundle that would have to be built is not: the answer is then undefined
 * (scripts/build.ts checks the cache in its own process and starts a step only to build).
 * @example await ensureBundle('/repo') // { dir: '/repo/.cache/admin/3f9c…', bundle: { entry: '/admin/_cms/cms.90vYBTwg.js', … } }
 */
export async function ensureBundle(root: string): Promise<CachedBundle>;
export async function ensureBundle(root: string, cacheOnly: true): Promise<CachedBundle | undefined>;
export async function ensureBundle(root: string, cacheOnly = false): Promise<CachedBundle | undefined> {
  const cacheDir = path.resolve(root, cacheFolder('admin'));
  const started = performance.now();
  const cached = await findCachedBundle(root, cacheDir);
  if (!cached && cacheOnly) return undefined;
  const inUse = cached ?? (await buildBundle(root, cacheDir));
  await prune(cacheDir, inUse.dir);
  const ms = Math.round(performance.now() - started);
  // console.log, not Astro's logger: the benchmark parses this line (scripts/bench/parse-log.ts).
  console.log(`[admin] CMS bundle ${cached ? 'from cache' : 'built'} in ${ms} ms`);
  return inUse;
}

/** The Astro integration (production builds only). */
export default function adminBundle(): AstroIntegration {
  let inUse: CachedBundle | undefined;
  return {
    name: 'admin-bundle',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        // Under astro dev, Vite serves admin/cms.ts itself: it needs the same replacements (admin/decap-aliases.ts),
        // in the modules it serves and in its pre-bundle of Decap's packages.
        // Its dependency pre-bundle also needs Node's `global`, which Decap's TOML parser
        // (@iarna/toml) reads when it loads; the production bundle's build defines it itself.
        if (command === 'dev') {
          updateConfig({
            vite: {
              plugins: [divisionsModule()],
              resolve: { alias: decapAliases(root) },
              optimizeDeps: {
                rolldownOptions: {
                  plugins: [decapAliasPlugin(root)],
                  transform: { define: { global: 'globalThis' } },
                },
              },
            },
          });
        }
        if (command !== 'build') return;
        // scripts/build.ts runs ensureBundle as a step of its own before Astro starts (so the two
        // processes' memory does not add up): here it then finds the bundle in the cache.
        inUse = await ensureBundle(root);
        updateConfig({ vite: { plugins: [usePrebuilt(path.join(root, 'admin', 'cms.ts'), inUse.bundle.entry)] } });
      },
      'astro:build:done': async ({ dir }) => {
        if (!inUse) return;
        const out = fileURLToPath(dir);
        await cp(path.join(inUse.dir, BUNDLE_DIR), path.join(out, BUNDLE_DIR), { recursive: true });
        const page = path.join(out, 'admin', 'index.html');
        if (existsSync(page)) {
          const html = await readFile(page, 'utf8');
          await writeFile(page, withPreloads(html, inUse.bundle.preload));
        }
      },
    },
  };
}
