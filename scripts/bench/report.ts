/**
 * The benchmark's result shape, its targets, and the Markdown table printed on
 * stdout. Missing phases (not built yet) print as "n/a (not built)".
 */
import path from 'node:path';
import type { AdminReady } from './admin-ready.ts';
import type { BuildLog } from './parse-log.ts';
import type { QueryCost, SearchNetwork } from './network.ts';
import type { PhoneTimings } from './phone.ts';
import type { PageWeight } from './weight.ts';

/** One measured build of the real site. */
export interface BuildRun {
  wallMs: number;
  maxRssKb?: number;
  /** User + system CPU time of the whole build (see measure.ts). */
  cpuMs?: number;
  treePeakKb: number;
  /** When the memory peak happened (ms after start) and the processes it was made of. */
  treePeak?: { atMs: number; processes: { command: string; rssKb: number }[] };
  log: BuildLog;
  /** The share-image step's own `stats.json` (in OG_CACHE_DIR), when it wrote one. */
  ogStats?: unknown;
}

/** The bare Astro build and Pagefind alone, each in a process of its own. */
export interface Baselines {
  astroMs: number;
  pagefindMs: number;
  pages: number;
  wallMs: number;
  cpuMs?: number;
  treePeakKb: number;
  pagefindPeakKb?: number;
}

/** One round: a warm build of the real site, then the baselines. */
export interface Round {
  warm?: BuildRun;
  bare?: Baselines;
}

/** What results.json keeps of each round when there were several (`--build-runs`). */
export interface RoundFigures {
  warmMs?: number;
  /** Bare Astro + Pagefind alone, whole processes (`baseMs`), and by their own timers. */
  baseMs?: number;
  baseTimersMs?: number;
  treePeakKb?: number;
}

/**
 * What the warm build is held against: the bare Astro build and Pagefind alone, each timed as a
 * whole process (Node's start, imports), as the warm build is. Their own timers leave out ~1.9 s
 * at 1,000 entries, which the warm build's figure has always included; `baseTimersMs` is that
 * older figure. The bare build's previous output is removed before it is timed (run.ts), as the
 * warm build removes its own while Astro starts.
 */
export function baseMs(b: Baselines): number {
  return b.wallMs;
}

/** The baselines by their own in-process timers: the divisor the report used until 2026-11-28. */
export function baseTimersMs(b: Baselines): number {
  return b.astroMs + b.pagefindMs;
}

/** Warm build ÷ (bare + Pagefind) of one round. */
function roundRatio(r: Round): number | undefined {
  return r.warm && r.bare ? r.warm.wallMs / baseMs(r.bare) : undefined;
}

/**
 * The round to report: the one with the median ratio (the higher of the two middle ones for an
 * even count, never the kinder one), so its warm build and its baselines come from the same
 * minutes. Without baselines, the round with the median warm time.
 */
export function medianRound(rounds: readonly Round[]): Round {
  const key = (r: Round) => roundRatio(r) ?? r.warm?.wallMs ?? 0;
  return [...rounds].sort((a, b) => key(a) - key(b))[Math.floor(rounds.length / 2)] ?? {};
}

export function roundFigures(r: Round): RoundFigures {
  return {
    ...(r.warm ? { warmMs: r.warm.wallMs, treePeakKb: r.warm.treePeakKb } : {}),
    ...(r.bare ? { baseMs: baseMs(r.bare), baseTimersMs: baseTimersMs(r.bare) } : {}),
  };
}

/** One build of a fresh checkout after a push, as a host runs it (run.ts, `publish`). */
export interface PublishRun {
  /** Cloning the pushed commit into an empty folder. */
  checkoutMs: number;
  /** Copying the caches an earlier build saved into the checkout, as the host's cache step does (0 when cold). */
  restoreMs: number;
  /** Whether Astro's data store was restored and kept by the build (src/lib/build-cache.ts). */
  astroStoreKept: boolean;
  build: BuildRun;
}

/** The publish benchmark: a cold build of a fresh checkout, then one with the caches of that build. */
export interface Publish {
  cold: PublishRun;
  cached: PublishRun;
}

/**
 * From the push to a finished build: checkout, cache restore and build. `npm ci` is left out:
 * hosts keep node_modules or npm's download cache, and it is the same with and without build caches.
 * @example publishMs({ checkoutMs: 400, restoreMs: 600, astroStoreKept: true, build: { wallMs: 9000, treePeakKb: 1, log: {} } }) // 10000
 */
export function publishMs(run: PublishRun): number {
  return run.checkoutMs + run.restoreMs + run.build.wallMs;
}

/**
 * The cached publish against the warm local build (share cards and CMS bundle cached, Astro's
 * store not): the goal is ≤ 1.2× at 1,000 entries.
 * @example publishRatio({ publish: { cached: … 12 s }, warm: { wallMs: 10_000, … }, … }) // 1.2
 */
export function publishRatio(r: Pick<SizeResult, 'publish' | 'warm'>): number | undefined {
  return r.publish && r.warm ? publishMs(r.publish.cached) / r.warm.wallMs : undefined;
}

/** Everything measured for one corpus size. */
export interface SizeResult {
  size: number;
  htmlPages: number;
  /** Load average (1 min) before and after, to judge how noisy the machine was. */
  load: [number, number];
  cold: BuildRun;
  warm?: BuildRun;
  /** Baselines: bare Astro (`treePeakKb`) and Pagefind alone on our pages (`pagefindPeakKb`), each in its own process. */
  bare?: Baselines;
  /** Every round, when there were several; `warm` and `bare` are then those of the median round. */
  rounds?: RoundFigures[];
  dist: { bytes: number; files: number; pagefindBytes: number; imageBytes: number; imageFiles: number };
  pages: Record<string, PageWeight | null>;
  search: SearchNetwork | null;
  /** The fixed query set (queries.ts) on our search page and on Pagefind's default UI. */
  searchSet?: QueryCost[] | null;
  /** Slow-4G waits on a phone (scripts/bench/phone.ts); absent in results from before it existed. */
  phone?: PhoneTimings | null;
  admin: PageWeight | null;
  /** /admin/ in Chromium until its login button shows (absent in older results). */
  adminReady?: AdminReady | null;
  /** Fresh-checkout builds after a push, cold and with restored caches (absent with --skip-publish and in older results). */
  publish?: Publish;
}

/** The whole run, as written to `.bench/results.json`. */
export interface Results {
  date: string;
  commit: string;
  cpus: number;
  node: string;
  sizes: SizeResult[];
}

/** A target from the issue, read against one size. */
export interface TargetCheck {
  name: string;
  limit: string;
  value: number | undefined;
  unit: string;
  pass: boolean | undefined;
}

/** Time of the Astro phase alone: the whole build minus the phases we can name. */
export function astroMs(run: BuildRun): number {
  const og = run.log.og?.totalMs ?? run.log.og?.ms ?? 0;
  return run.wallMs - (run.log.pagefind?.ms ?? 0) - og - (run.log.admin?.ms ?? 0);
}

/** Cold share images: milliseconds per rendered image. */
export function msPerImage(run: BuildRun): number | undefined {
  const og = run.log.og;
  return og && og.rendered > 0 ? og.ms / og.rendered : undefined;
}

function check(name: string, limit: string, value: number | undefined, unit: string, ok: (v: number) => boolean) {
  return { name, limit, value, unit, pass: value === undefined ? undefined : ok(value) };
}

/** Min, median and max of a list of numbers (undefined when empty). */
export function spread(values: readonly number[]): { min: number; median: number; max: number } | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { min: sorted[0]!, median, max: sorted.at(-1)! };
}

/** The highest peak of any of our builds: the cold one and every warm round. */
function peakKb(r: SizeResult): number {
  return Math.max(r.cold.treePeakKb, r.warm?.treePeakKb ?? 0, ...(r.rounds ?? []).map((x) => x.treePeakKb ?? 0));
}

/** Peak memory of the build against the larger of its two baselines (bare Astro, Pagefind alone). */
export function memoryRatio(r: SizeResult): number | undefined {
  const peak = peakKb(r);
  const base = Math.max(r.bare?.treePeakKb ?? 0, r.bare?.pagefindPeakKb ?? 0);
  return base > 0 ? peak / base : undefined;
}

/** The targets (issue 15), evaluated for every size; the search median and maximum are set for 5,000. */
export function targets(r: SizeResult): TargetCheck[] {
  const barePf = r.bare ? baseMs(r.bare) : undefined;
  const warm = r.warm ?? r.cold;
  const article = r.pages['article'];
  const peak = peakKb(r);
  const ours = spread((r.searchSet ?? []).map((q) => q.ours / 1024));
  // The ratio compares the same queries: the default UI cannot run the one with a filter.
  const paired = (r.searchSet ?? []).filter((q) => q.defaultUi !== undefined);
  const oursPaired = spread(paired.map((q) => q.ours / 1024));
  const theirs = spread(paired.map((q) => q.defaultUi! / 1024));
  const at5k = r.size === 5000;
  const at1k = r.size === 1000;
  return [
    check('warm build ÷ (bare + Pagefind)', '≤ 1.5×', barePf ? warm.wallMs / barePf : undefined, '×', (v) => v <= 1.5),
    check('cold share images', '≤ 25 ms/image', msPerImage(r.cold), 'ms', (v) => v <= 25),
    check(
      'cached publish ÷ warm local build',
      at1k ? '≤ 1.2×' : '(1,000)',
      publishRatio(r),
      '×',
      (v) => !at1k || v <= 1.2,
    ),
    check('peak memory ÷ max(bare Astro, Pagefind alone)', '≤ 1.2×', memoryRatio(r), '×', (v) => v <= 1.2),
    check('peak memory (process tree)', '≤ 8 GB', peak / 1024 / 1024, 'GB', (v) => v <= 8),
    check('article page, gzipped', '≤ 30 KB', article ? article.total / 1024 : undefined, 'KB', (v) => v <= 30),
    // The one script of reading pages: 大字 and copy buttons (src/display/site.ts).
    check('article page scripts', '≤ 1 (display preference)', article?.scripts, '', (v) => v <= 1),
    check(
      'that script, gzipped',
      '≤ 1 KB',
      r.phone?.siteScriptGzip !== undefined ? r.phone.siteScriptGzip / 1024 : undefined,
      'KB',
      (v) => v <= 1,
    ),
    check(
      'search: median page + first query',
      at5k ? '≤ 200 KB' : '(5,000)',
      ours?.median,
      'KB',
      (v) => !at5k || v <= 200,
    ),
    check(
      'search: largest page + first query',
      at5k ? '≤ 350 KB' : '(5,000)',
      ours?.max,
      'KB',
      (v) => !at5k || v <= 350,
    ),
    check(
      'search median ÷ default UI median, same queries',
      '≤ 0.8×',
      oursPaired && theirs ? oursPaired.median / theirs.median : undefined,
      '×',
      (v) => v <= 0.8,
    ),
  ];
}

const NA = 'n/a (not built)';
const s = (ms: number | undefined) => (ms === undefined ? NA : `${(ms / 1000).toFixed(1)} s`);
/** Seconds with two decimals, for short browser timings. */
const s2 = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const kb = (bytes: number | undefined) => (bytes === undefined ? NA : `${(bytes / 1024).toFixed(1)} KB`);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const gbKb = (k: number | undefined) => (k === undefined ? 'n/a' : `${(k / 1024 / 1024).toFixed(2)} GB`);
const ratio = (a: number | undefined, b: number | undefined) => (a && b ? `${(a / b).toFixed(2)}×` : 'n/a');

function table(header: string[], rows: string[][]): string {
  return [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

/** The biggest processes at a build's memory peak, e.g. "pagefind_extended 4.05 GB + node 2.22 GB". */
function peakParts(run: BuildRun): string {
  const parts = [...(run.treePeak?.processes ?? [])].sort((a, b) => b.rssKb - a.rssKb).slice(0, 2);
  if (parts.length === 0) return 'n/a';
  return parts.map((p) => `${path.basename(p.command.split(' ')[0] ?? '')} ${gbKb(p.rssKb)}`).join(' + ');
}

/** A figure for the cold run and, when there was one, the warm run. */
function both(r: SizeResult, f: (run: BuildRun) => string): string {
  return r.warm ? `${f(r.cold)} / ${f(r.warm)}` : f(r.cold);
}

function publishLine(run: PublishRun): string {
  const restore = run.restoreMs ? ` + ${s(run.restoreMs)}` : '';
  return `${s(publishMs(run))} (${s(run.checkoutMs)}${restore} + ${s(run.build.wallMs)})`;
}

function reused(run: PublishRun): string {
  const { admin, og } = run.build.log;
  const cms = admin ? (admin.cached ? 'CMS bundle cached' : 'CMS bundle built') : `CMS bundle ${NA}`;
  const cards = og ? `${og.cached} cards cached, ${og.rendered} drawn` : `cards ${NA}`;
  return `${cms}; ${cards}; Astro data store ${run.astroStoreKept ? 'kept' : 'not kept'}`;
}

function ogLine(run: BuildRun | undefined): string {
  const og = run?.log.og;
  if (!og) return NA;
  const total = og.totalMs === undefined ? '' : `, step total ${s(og.totalMs)}`;
  return `${s(og.ms)} rendering ${og.rendered} (${og.workers} workers), ${og.cached} cached${total}`;
}

/** Min / median / max of the query set per size, ours beside Pagefind's default UI, and each query at the largest size. */
function querySet(cols: readonly SizeResult[]): string {
  const withSet = cols.filter((r) => r.searchSet?.length);
  if (withSet.length === 0) return `Query set: ${NA}`;
  const fmt = (v: ReturnType<typeof spread>) =>
    v ? `${(v.min / 1024).toFixed(0)} / ${(v.median / 1024).toFixed(0)} / ${(v.max / 1024).toFixed(0)} KB` : 'n/a';
  const summary = table(
    ['min / median / max', ...withSet.map((r) => r.size.toLocaleString('en'))],
    [
      ['our search page', ...withSet.map((r) => fmt(spread(r.searchSet!.map((q) => q.ours))))],
      [
        "Pagefind's default UI",
        ...withSet.map((r) =>
          fmt(spread(r.searchSet!.flatMap((q) => (q.defaultUi === undefined ? [] : [q.defaultUi])))),
        ),
      ],
    ],
  );
  const last = withSet.at(-1)!;
  const each = table(
    [`query (${last.size.toLocaleString('en')} entries)`, 'kind', 'ours', 'results', 'default UI'],
    last.searchSet!.map((q) => [
      `「${q.q}」${q.section ? ` section=${q.section}` : ''}`,
      q.kind,
      kb(q.ours),
      String(q.oursResults),
      q.defaultUi === undefined ? '—' : kb(q.defaultUi),
    ]),
  );
  return `${summary}\n\n${each}`;
}

/** The Markdown report printed at the end of `npm run bench`. */
export function formatReport(results: Results): string {
  const cols = results.sizes;
  const header = ['', ...cols.map((r) => `${r.size.toLocaleString('en')} entries (${r.htmlPages} pages)`)];
  const row = (label: string, f: (r: SizeResult) => string) => [label, ...cols.map(f)];
  const phases = table(header, [
    row('Astro build, minus named phases: cold run / warm run', (r) => both(r, (run) => s(astroMs(run)))),
    row('Pagefind: cold run / warm run', (r) => both(r, (run) => (run.log.pagefind ? s(run.log.pagefind.ms) : NA))),
    row('CMS bundle (child process): cold run / warm run', (r) =>
      both(r, (run) => (run.log.admin ? `${s(run.log.admin.ms)}${run.log.admin.cached ? ' (cached)' : ''}` : NA)),
    ),
    row('Share images, cold cache', (r) => ogLine(r.cold)),
    row('Share images, warm cache', (r) => ogLine(r.warm)),
    row('ms per cold image', (r) => {
      const v = msPerImage(r.cold);
      return v === undefined ? NA : `${v.toFixed(1)} ms`;
    }),
    row('Ranking pages (/rankings/: editions, sorted, provinces, downloads), cold run', (r) =>
      r.cold.log.rankingPages ? `${s(r.cold.log.rankingPages.ms)} (${r.cold.log.rankingPages.pages})` : NA,
    ),
    row('Town pages (/towns/), cold run', (r) =>
      r.cold.log.townPages ? `${s(r.cold.log.townPages.ms)} (${r.cold.log.townPages.pages})` : NA,
    ),
    row('Total, cold image cache', (r) => s(r.cold.wallMs)),
    row('Total, warm image cache', (r) => s(r.warm?.wallMs)),
    row('Bare Astro build, its own timer', (r) => (r.bare ? s(r.bare.astroMs) : 'skipped')),
    row('Bare + Pagefind, whole processes', (r) => (r.bare ? s(baseMs(r.bare)) : 'skipped')),
    row('Bare + Pagefind, their own timers', (r) => (r.bare ? s(baseTimersMs(r.bare)) : 'skipped')),
    row('Warm total ÷ bare Astro (its own timer)', (r) => ratio((r.warm ?? r.cold).wallMs, r.bare?.astroMs)),
    row('Warm total ÷ (bare + Pagefind), whole processes', (r) =>
      ratio((r.warm ?? r.cold).wallMs, r.bare ? baseMs(r.bare) : undefined),
    ),
    row('… each round (warm ÷ baselines; the median round is reported)', (r) =>
      r.rounds
        ? r.rounds.map((x) => `${ratio(x.warmMs, x.baseMs)} (${s(x.warmMs)} ÷ ${s(x.baseMs)})`).join('; ')
        : 'one round',
    ),
    row('Warm total ÷ (bare + Pagefind), their own timers (the figure until 2026-11-28)', (r) =>
      ratio((r.warm ?? r.cold).wallMs, r.bare ? baseTimersMs(r.bare) : undefined),
    ),
    row('CPU time: warm build / bare + Pagefind', (r) => {
      const warm = (r.warm ?? r.cold).cpuMs;
      return `${s(warm)} / ${r.bare ? s(r.bare.cpuMs) : 'skipped'} = ${ratio(warm, r.bare?.cpuMs)}`;
    }),
    row('Peak memory, process tree', (r) => gbKb(peakKb(r))),
    row('… made of (largest processes at the peak)', (r) => peakParts(r.warm ?? r.cold)),
    row('Peak memory, largest process', (r) => gbKb(r.cold.maxRssKb)),
    row('Bare peak memory', (r) => (r.bare ? gbKb(r.bare.treePeakKb) : 'skipped')),
    row('dist/ size (files)', (r) => `${mb(r.dist.bytes)} (${r.dist.files})`),
    row('… of which pagefind/', (r) => mb(r.dist.pagefindBytes)),
    row('… of which share images', (r) => `${mb(r.dist.imageBytes)} (${r.dist.imageFiles})`),
    row('Publish, cold: checkout + build, fresh checkout without caches', (r) =>
      r.publish ? publishLine(r.publish.cold) : 'skipped',
    ),
    row('Publish, cached: checkout + cache restore + build, after one edited entry', (r) =>
      r.publish ? publishLine(r.publish.cached) : 'skipped',
    ),
    row('… what the cached publish reused', (r) => (r.publish ? reused(r.publish.cached) : 'skipped')),
    row('Cached publish ÷ warm local build', (r) => ratio(r.publish && publishMs(r.publish.cached), r.warm?.wallMs)),
    row('Load average before → after', (r) => `${r.load[0].toFixed(2)} → ${r.load[1].toFixed(2)}`),
  ]);

  const types = [...new Set(cols.flatMap((r) => Object.keys(r.pages)))];
  const last = cols.at(-1);
  const weights = last
    ? table(
        ['Page (gzipped)', 'path', 'HTML', 'CSS', 'JS', 'total', 'scripts'],
        [
          ...types.map((t) => {
            const w = last.pages[t];
            return w
              ? [t, `\`${w.path}\``, kb(w.html), kb(w.css), kb(w.js), kb(w.total), String(w.scripts)]
              : [t, '', NA, '', '', '', ''];
          }),
          last.admin
            ? [
                '/admin bundle',
                '`/admin/`',
                kb(last.admin.html),
                kb(last.admin.css),
                kb(last.admin.js),
                kb(last.admin.total),
                String(last.admin.scripts),
              ]
            : ['/admin bundle', '', NA, '', '', '', ''],
        ],
      )
    : '';

  const search = last?.search
    ? table(
        ['Search (Chromium, empty cache)', 'requests', 'on the wire (loopback, uncompressed)', 'gzipped equivalent'],
        [
          ['search page', String(last.search.page.requests), kb(last.search.page.wire), kb(last.search.page.gzip)],
          [
            `first query「${last.search.query}」(${last.search.results} results)`,
            String(last.search.firstQuery.requests),
            kb(last.search.firstQuery.wire),
            kb(last.search.firstQuery.gzip),
          ],
        ],
      ) +
      `\n\nLargest responses of the first query: ${last.search.firstQuery.files
        .slice(0, 6)
        .map((f) => `\`${f.path}\` ${kb(f.gzip)}`)
        .join(', ')}.`
    : `Search page: ${NA}`;

  const admin = last?.adminReady
    ? `/admin/ usable (login button shown, fresh profile, loopback): median ${s2(last.adminReady.medianMs)} ` +
      `of ${last.adminReady.runs.map(s2).join(', ')}.`
    : `/admin/ usable: ${NA}`;
  const phone = last?.phone;
  const phoneTable = phone
    ? table(
        [`Phone, ${phone.profile}, empty cache`, 'wait'],
        [
          [
            `article page \`${phone.page?.path ?? ''}\`: first paint / load`,
            `${s(phone.page?.fcpMs)} / ${s(phone.page?.loadMs)}`,
          ],
          [
            `search results「${phone.search?.query ?? ''}」(${phone.search?.results ?? 0} results), from opening the URL`,
            s(phone.search?.ms),
          ],
          [
            `Excel file \`${phone.excel?.path ?? ''}\` from the tap (workbook code ${phone.excel ? kb(phone.excel.workbookGzip) : NA} gzipped)`,
            s(phone.excel?.ms),
          ],
          [
            'the reading pages’ one script (大字, copy buttons), gzipped; limit 1 KB',
            phone.siteScriptGzip === undefined ? NA : `${phone.siteScriptGzip} B`,
          ],
        ],
      )
    : `Phone timings: ${NA}`;

  const checks = table(
    ['Target', 'limit', ...cols.map((r) => r.size.toLocaleString('en'))],
    (cols[0] ? targets(cols[0]) : []).map((t, i) => [
      t.name,
      t.limit,
      ...cols.map((r) => {
        const c = targets(r)[i];
        if (!c || c.value === undefined) return NA;
        return `${c.value.toFixed(c.unit === '' ? 0 : 2)}${c.unit ? ` ${c.unit}` : ''} ${c.pass ? '✅' : '❌'}`;
      }),
    ]),
  );

  return [
    `## Benchmark ${results.date} (commit ${results.commit}, ${results.cpus} CPUs, Node ${results.node})`,
    '### Phases',
    phases,
    `### Page weight (${last ? last.size.toLocaleString('en') : ''} entries)`,
    weights,
    '### Search network',
    search,
    '### Search query set (page + first query, gzipped, empty cache)',
    querySet(cols),
    '### CMS',
    admin,
    '### Phone on slow 4G',
    phoneTable,
    '### Targets',
    checks,
    '',
  ].join('\n\n');
}
