/**
 * `npm run bench`: build generated Chinese corpora with the real pipeline and
 * with a bare Astro project, and report phases, memory, sizes, page weight and
 * search network. See scripts/README.md for how to read the output.
 *
 *   npm run bench                                   # 1,000 and 5,000 entries
 *   npm run bench -- --sizes 1000 --skip-bare        # quick look
 *   npm run bench -- --lighthouse                    # Lighthouse (mobile) on every page type of the seed site only
 *
 * Options: --sizes a,b  --skip-bare  --skip-warm  --skip-browser  --query 词  --out .bench
 *          --lighthouse-runs N: audits per page with --lighthouse (default 3; the median run is reported)
 *          --build-runs N: rounds of warm build + baselines per size (default 1); the round with the
 *          median ratio is reported, with every round's ratio beside it
 *          --ref <commit>: build a clean snapshot of that commit (`git archive` into .bench/)
 *          instead of the working tree, so half-finished local edits cannot skew or break a run.
 *          --skip-publish: no fresh-checkout builds (the publish benchmark, `publish` below)
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import { entryPath, generateCorpus, writeCorpus, type BenchEntry } from './corpus.ts';
import { measure, type Measured } from './measure.ts';
import { searchNetwork, searchSet } from './network.ts';
import { phoneTimings } from './phone.ts';
import { searchQueries } from './queries.ts';
import { writeLibraryFixture } from '../library-fixture.ts';
import { writeRankingFixture } from '../ranking-fixture.ts';
import { adminReady } from './admin-ready.ts';
import { parseBuildLog } from './parse-log.ts';
import { formatLighthouse, runLighthouse } from './lighthouse.ts';
import { allocatorEnv } from '../lib/allocator-env.ts';
import { CACHES, cacheFolder, type CacheName } from '../../src/lib/build-cache.ts';
import {
  formatReport,
  medianRound,
  roundFigures,
  type BuildRun,
  type PublishRun,
  type Results,
  type Round,
  type SizeResult,
} from './report.ts';
import { folderSize, pageWeight } from './weight.ts';

/** Five 500-town editions (2,500 rows, towns recurring from year to year), and a town on every list. */
const RANKING_YEARS = [2021, 2022, 2023, 2024, 2025];
const RANKED_TOWN = '孝丰镇';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000' },
    'skip-bare': { type: 'boolean', default: false },
    'skip-warm': { type: 'boolean', default: false },
    'skip-browser': { type: 'boolean', default: false },
    'skip-publish': { type: 'boolean', default: false },
    query: { type: 'string', default: '智能制造' },
    out: { type: 'string', default: '.bench' },
    ref: { type: 'string' },
    lighthouse: { type: 'boolean', default: false },
    'lighthouse-runs': { type: 'string', default: '3' },
    'build-runs': { type: 'string', default: '1' },
  },
});
const buildRuns = Number(values['build-runs']);
if (!Number.isInteger(buildRuns) || buildRuns < 1)
  throw new Error(`--build-runs: a whole number ≥ 1, got ${values['build-runs']}`);
const sizes = values.sizes.split(',').map((n) => Number(n.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 10))
  throw new Error(`--sizes: whole numbers ≥ 10, got ${values.sizes}`);
const out = path.resolve(values.out);
const node = process.execPath;

/** The project folder to build: the working tree, or a snapshot of `ref` sharing our node_modules. */
function projectRoot(ref: string | undefined): string {
  if (!ref) return process.cwd();
  const sha = execFileSync('git', ['rev-parse', '--short', ref], { encoding: 'utf8' }).trim();
  const dir = path.join(out, `tree-${sha}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('sh', ['-c', `git archive ${sha} | tar -x -C "${dir}"`]);
  symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'));
  return dir;
}
const root = projectRoot(values.ref);

function fail(what: string, run: Measured, log: string): never {
  const tail = stripVTControlCharacters(run.output).trim().split('\n').slice(-30).join('\n');
  throw new Error(`${what} failed (exit ${run.code}); full log in ${log}\n${tail}`);
}

async function realBuild(size: number, label: string, corpus: string, dir: string): Promise<BuildRun> {
  // A cold Astro cache every time: only the share-image cache differs between the two runs.
  rmSync(path.join(dir, 'astro-cache'), { recursive: true, force: true });
  const log = path.join(dir, `build-${label}.log`);
  console.error(`[bench] ${size}: real build, ${label} image cache…`);
  const run = await measure(node, ['scripts/build.ts', '--content', corpus, '--out', path.join(dir, 'dist')], {
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      // A corpus is measured, never deployed: it needs no public address or CMS repository.
      LOCAL_BUILD: '1',
      ASTRO_CACHE_DIR: path.join(dir, 'astro-cache'),
      OG_CACHE_DIR: path.join(dir, 'og-cache'),
      ADMIN_CACHE_DIR: path.join(dir, 'admin-cache'),
    },
    logFile: log,
    cwd: root,
  });
  if (run.code !== 0) fail(`real build (${label})`, run, log);
  const ogStats = path.join(dir, 'og-cache', 'stats.json');
  return {
    ...(existsSync(ogStats) ? { ogStats: JSON.parse(readFileSync(ogStats, 'utf8')) as unknown } : {}),
    wallMs: run.wallMs,
    ...(run.maxRssKb !== undefined ? { maxRssKb: run.maxRssKb } : {}),
    cpuMs: run.cpuMs,
    treePeakKb: run.treePeakKb,
    treePeak: run.treePeak,
    log: parseBuildLog(run.output),
  };
}

/**
 * The two baselines, each in a process of its own: a bare Astro build of the same Markdown,
 * and Pagefind alone (default settings) indexing the pages our build wrote.
 */
async function bareBuild(size: number, corpus: string, dir: string): Promise<SizeResult['bare']> {
  rmSync(path.join(dir, 'bare-cache'), { recursive: true, force: true });
  const log = path.join(dir, 'build-bare.log');
  console.error(`[bench] ${size}: bare Astro build…`);
  const bareArgs = [
    '--content',
    corpus,
    '--out',
    path.join(dir, 'bare-dist'),
    '--cache-dir',
    path.join(dir, 'bare-cache'),
  ];
  // The same allocator settings as our build (scripts/lib/allocator-env.ts): the bare build is
  // the floor Astro itself sets, so it gets every advantage ours has.
  const env = { ...allocatorEnv(process.env, 'bundle'), ASTRO_TELEMETRY_DISABLED: '1' };
  // Its previous output is removed here, outside the timing: our build removes its own beside
  // Astro's start, so the bare build must not be charged for it either.
  rmSync(path.join(dir, 'bare-dist'), { recursive: true, force: true });
  const astro = await measure(node, [path.join(import.meta.dirname, 'bare/build.ts'), ...bareArgs], {
    env,
    logFile: log,
    cwd: root,
  });
  if (astro.code !== 0) fail('bare build', astro, log);
  const pfLog = path.join(dir, 'pagefind-alone.log');
  console.error(`[bench] ${size}: Pagefind alone on the real build's pages…`);
  const pfArgs = ['--site', path.join(dir, 'dist'), '--out', path.join(dir, 'pagefind-alone')];
  const pf = await measure(node, [path.join(import.meta.dirname, 'pagefind-alone.ts'), ...pfArgs], {
    env,
    logFile: pfLog,
    cwd: root,
  });
  if (pf.code !== 0) fail('Pagefind alone', pf, pfLog);
  const bareAstro = parseBuildLog(astro.output).bareAstro;
  const barePagefind = parseBuildLog(pf.output).barePagefind;
  if (!bareAstro || !barePagefind) fail('baselines (no timing lines)', astro, log);
  rmSync(path.join(dir, 'pagefind-alone'), { recursive: true, force: true });
  return {
    astroMs: bareAstro.ms,
    pagefindMs: barePagefind.ms,
    pages: bareAstro.pages,
    wallMs: astro.wallMs + pf.wallMs,
    cpuMs: astro.cpuMs + pf.cpuMs,
    treePeakKb: astro.treePeakKb,
    pagefindPeakKb: pf.treePeakKb,
  };
}

const CACHE_NAMES = Object.keys(CACHES) as CacheName[];

/** Put the project's files (tracked and new, not ignored; or those of --ref) into `target`. */
function copyProject(target: string): void {
  mkdirSync(target, { recursive: true });
  const list = values.ref
    ? `git archive ${values.ref}`
    : 'git ls-files -z --cached --others --exclude-standard | tar --null --no-recursion -T - -cf -';
  execFileSync('sh', ['-c', `${list} | tar -x -C "${target}"`]);
}

/** Milliseconds `f` took. */
function timed(f: () => void): number {
  const start = performance.now();
  f();
  return performance.now() - start;
}

/**
 * The publish benchmark: what an editor waits for after 发布. A repository holds the site with the
 * corpus as its content; a push edits one entry. Each build runs in a fresh clone (no dist/, no
 * caches), as a host's runner checks it out, with node_modules linked in (hosts keep it or npm's
 * download cache; `npm ci` is not timed). Cold: nothing restored. Cached: the cache folders the
 * cold build left are copied in first, as the workflows' cache steps restore them. The clone is
 * made at the same path both times, as on a host (Astro's store is keyed by its content folder).
 */
async function publish(size: number, corpus: string, dir: string): Promise<{ cold: PublishRun; cached: PublishRun }> {
  const origin = path.join(dir, 'publish-origin');
  const checkout = path.join(dir, 'publish-checkout');
  const saved = path.join(dir, 'publish-saved');
  for (const d of [origin, checkout, saved]) rmSync(d, { recursive: true, force: true });
  copyProject(origin);
  rmSync(path.join(origin, 'content'), { recursive: true, force: true });
  cpSync(corpus, path.join(origin, 'content'), { recursive: true });
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.cn', ...args], {
      cwd,
      stdio: 'ignore',
    });
  git(origin, 'init', '-q', '-b', 'main');
  git(origin, 'add', '-A');
  git(origin, 'commit', '-q', '--no-verify', '-m', 'site with the benchmark corpus');

  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', LOCAL_BUILD: '1' };
  for (const variable of [...Object.values(CACHES), 'CONTENT_DIR', 'CF_PAGES']) delete env[variable];
  const build = async (label: string, restore: boolean): Promise<PublishRun> => {
    rmSync(checkout, { recursive: true, force: true });
    const checkoutMs = timed(() => execFileSync('git', ['clone', '-q', origin, checkout]));
    symlinkSync(path.resolve(root, 'node_modules'), path.join(checkout, 'node_modules'));
    const restoreMs = restore
      ? timed(() => {
          for (const name of CACHE_NAMES) {
            cpSync(path.join(saved, name), path.join(checkout, cacheFolder(name, {})), { recursive: true });
          }
        })
      : 0;
    const hadStore = existsSync(path.join(checkout, cacheFolder('astro', {}), 'data-store.json'));
    const log = path.join(dir, `build-publish-${label}.log`);
    console.error(`[bench] ${size}: publish, ${label}…`);
    const run = await measure(node, ['scripts/build.ts'], { env, logFile: log, cwd: checkout });
    if (run.code !== 0) fail(`publish build (${label})`, run, log);
    return {
      checkoutMs,
      restoreMs,
      astroStoreKept: hadStore && !run.output.includes('Astro 缓存已清空'),
      build: {
        wallMs: run.wallMs,
        cpuMs: run.cpuMs,
        treePeakKb: run.treePeakKb,
        log: parseBuildLog(run.output),
      },
    };
  };

  const cold = await build('cold', false);
  // What the host's cache step saves after the build.
  for (const name of CACHE_NAMES) {
    cpSync(path.join(checkout, cacheFolder(name, {})), path.join(saved, name), { recursive: true });
  }
  // The editor's push: one entry's title and text changed (so its page, its card and the lists move).
  const edited = readdirSync(path.join(origin, 'content', 'news')).find((f) => f.includes('-bench-'));
  if (!edited) throw new Error('publish: no generated news entry to edit');
  const file = path.join(origin, 'content', 'news', edited);
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, `${text.replace(/^title: "/m, 'title: "（修订）')}\n\n编辑修订：补充一段说明。\n`);
  git(origin, 'commit', '-q', '--no-verify', '-am', 'edit one entry, as 发布 in the CMS does');
  const cached = await build('cached', true);
  rmSync(checkout, { recursive: true, force: true });
  return { cold, cached };
}

/** The published entry of a collection with the median body length: a typical page, not the lightest. */
function typical(entries: BenchEntry[], collection: string): string | undefined {
  const list = entries
    .filter((e) => e.collection === collection && e.data['draft'] !== true)
    .sort((a, b) => a.body.length - b.body.length);
  const mid = list[Math.floor(list.length / 2)];
  return mid ? entryPath(mid) : undefined;
}

function pageTypes(entries: BenchEntry[], dist: string): Record<string, string | undefined> {
  const forum = existsSync(path.join(dist, 'forum'))
    ? readdirSync(path.join(dist, 'forum')).find((d) => existsSync(path.join(dist, 'forum', d, 'index.html')))
    : undefined;
  const story = typical(entries, 'stories');
  const town = entries.find((e) => story && entryPath(e) === story)?.data['townSlug'];
  return {
    home: '/',
    'section list': '/news/',
    article: typical(entries, 'news'),
    story,
    town: typeof town === 'string' ? `/towns/${town}/` : undefined,
    // The generated rankings (scripts/ranking-fixture.ts): the latest 500-town edition and a town on every list.
    'ranking edition': `/rankings/${RANKING_YEARS.at(-1)}-ceshi-500/`,
    'ranked town': '/towns/zhejiang-anji-xiaofeng/',
    forum: forum ? `/forum/${forum}/` : undefined,
    'project list': '/projects/',
    project: '/projects/2026-01-01-ceshi-1/',
    search: '/search/',
  };
}

async function benchSize(size: number): Promise<SizeResult> {
  const dir = path.join(out, String(size));
  mkdirSync(dir, { recursive: true });
  const corpus = path.join(out, `corpus-${size}`);
  const entries = generateCorpus({ size });
  writeCorpus(entries, corpus, path.join(root, 'content'));
  await writeRankingFixture(corpus, { years: RANKING_YEARS, size: 500 });
  // The library: one project for every ten entries, and a few town profiles (scripts/library-fixture.ts).
  writeLibraryFixture(corpus, { projects: Math.round(size / 10) });
  const loadBefore = os.loadavg()[0] ?? 0;

  // Cold: no share image and no CMS bundle cached. Warm: both caches as the cold run left them.
  rmSync(path.join(dir, 'og-cache'), { recursive: true, force: true });
  rmSync(path.join(dir, 'admin-cache'), { recursive: true, force: true });
  const cold = await realBuild(size, 'cold', corpus, dir);
  // Rounds of warm build and baselines side by side: one build on this machine can take 20 % longer
  // than the next, and a round's ratio compares builds made minutes apart.
  const rounds: Round[] = [];
  for (let k = 1; k <= (values['skip-warm'] && values['skip-bare'] ? 0 : buildRuns); k++) {
    const label = buildRuns > 1 ? `warm-${k}` : 'warm';
    const warm = values['skip-warm'] ? undefined : await realBuild(size, label, corpus, dir);
    const bare = values['skip-bare'] ? undefined : await bareBuild(size, corpus, dir);
    rounds.push({ ...(warm ? { warm } : {}), ...(bare ? { bare } : {}) });
  }
  const { warm, bare } = medianRound(rounds);
  const published = values['skip-publish'] ? undefined : await publish(size, corpus, dir);

  const dist = path.join(dir, 'dist');
  const pages: SizeResult['pages'] = {};
  for (const [type, p] of Object.entries(pageTypes(entries, dist)))
    pages[type] = p ? (pageWeight(dist, p) ?? null) : null;
  console.error(`[bench] ${size}: search page in Chromium…`);
  const search = values['skip-browser'] ? null : ((await searchNetwork(dist, values.query)) ?? null);
  const town = entries.find((e) => e.collection === 'stories')?.data['town'];
  console.error(`[bench] ${size}: search query set in Chromium…`);
  const querySet = values['skip-browser']
    ? null
    : ((await searchSet(dist, [...searchQueries(String(town)), { q: RANKED_TOWN, kind: '榜单上的镇名' }])) ?? null);
  console.error(`[bench] ${size}: /admin/ in Chromium…`);
  const cms = values['skip-browser'] ? null : ((await adminReady(dist)) ?? null);
  console.error(`[bench] ${size}: phone on slow 4G…`);
  const phone = values['skip-browser'] ? null : await phoneTimings(dist, values.query);
  const images = folderSize(dist, /\.(png|jpe?g|webp)$/i);
  return {
    size,
    htmlPages: folderSize(dist, /\.html$/).files,
    load: [loadBefore, os.loadavg()[0] ?? 0],
    cold,
    ...(warm ? { warm } : {}),
    ...(bare ? { bare } : {}),
    ...(rounds.length > 1 ? { rounds: rounds.map(roundFigures) } : {}),
    ...(published ? { publish: published } : {}),
    dist: {
      ...folderSize(dist),
      pagefindBytes: folderSize(path.join(dist, 'pagefind')).bytes,
      imageBytes: images.bytes,
      imageFiles: images.files,
    },
    pages,
    search,
    searchSet: querySet,
    phone,
    admin: pageWeight(dist, '/admin/') ?? null,
    adminReady: cms,
  };
}

const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
const results: Results = {
  date: new Date().toISOString(),
  commit: values.ref
    ? git('rev-parse', '--short', values.ref)
    : `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain') ? '+working tree' : ''}`,
  cpus: os.availableParallelism(),
  node: process.version,
  sizes: [],
};
if (values.lighthouse) {
  mkdirSync(out, { recursive: true });
  const rows = await runLighthouse(root, out, Number(values['lighthouse-runs']));
  writeFileSync(path.join(out, 'lighthouse.json'), `${JSON.stringify({ ...results, rows }, null, 2)}\n`);
  console.log(formatLighthouse(rows));
  process.exit(0);
}
for (const size of sizes) {
  results.sizes.push(await benchSize(size));
  // Written after every size, so a long run that is stopped still leaves its numbers.
  writeFileSync(path.join(out, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
}
console.log(formatReport(results));
console.error(`[bench] results written to ${path.relative(process.cwd(), path.join(out, 'results.json'))}`);
