/**
 * Lighthouse (pinned 12.2.3) in its default mobile mode on one page of every page type of
 * the seed site, served on loopback with the production headers, text gzipped. Part of `npm run bench`
 * (`--lighthouse`), never a timed test: scores vary with the machine's load. Each page is
 * audited several times (three by default, in rounds over all pages) and the run Lighthouse's own
 * `computeMedianRun` picks (closest to the median first paint and time to interactive) is reported,
 * with the range of the performance scores, because a single run moves by a few points.
 *
 * The seed content is built as a local build whose address is the loopback address it is
 * served on, so canonical links point at the pages Lighthouse loads.
 */
import { launch } from 'chrome-launcher';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import lighthouse, { type Result } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { pageTypes } from '../lib/page-types.ts';
import { startServer } from '../lib/static-server.ts';
import { freePort } from '../lib/free-port.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

export interface LighthouseRow {
  path: string;
  scores: Record<Category, number | null>;
  /** Audits that lost points, per category, for the report. */
  failed: string[];
  /** The performance metrics behind the score (ms; CLS unitless), as Lighthouse simulated them. */
  metrics: Partial<Record<Metric, number>>;
  /** The performance score of every run of this page; the other fields are the median run's. */
  performanceRuns: (number | null)[];
  /**
   * Lighthouse's own measure of the machine's speed in every run (`environment.benchmarkIndex`): its
   * 4× slowdown multiplies what this machine does, so the same page scores lower on a slower machine.
   */
  benchmarkIndexes: number[];
}

/** At or below this benchmark index Lighthouse warns that the machine may lower the performance score. */
export const SLOW_BENCHMARK_INDEX = 1000;

/** Lighthouse's audit id of each metric the performance score is made of. */
const METRICS = {
  FCP: 'first-contentful-paint',
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
  SI: 'speed-index',
} as const;
type Metric = keyof typeof METRICS;

/** Build the seed content into `dir`, then audit every page type `runs` times. */
export async function runLighthouse(root: string, dir: string, runs = 3): Promise<LighthouseRow[]> {
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--lighthouse-runs: a whole number ≥ 1, got ${runs}`);
  const chromePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  if (!chromePath) throw new Error('Lighthouse needs Chromium: apt-get install chromium');
  const port = await freePort();
  const dist = path.join(dir, 'lighthouse-dist');
  console.error('[bench] lighthouse: building the seed content…');
  execFileSync(process.execPath, ['scripts/build.ts', '--local', '--out', dist], {
    cwd: root,
    env: { ...process.env, SITE_URL: `http://127.0.0.1:${port}`, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // Text gzipped as every production host sends it (deploy/nginx/gyxz.conf, Netlify, Cloudflare):
  // Lighthouse simulates slow 4G from the bytes it sees, so an uncompressed page looks slower.
  const server = await startServer({ dir: dist, port, gzip: true });
  const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  const rows: LighthouseRow[] = [];
  try {
    const poster = pageTypes(dist).find((p) => p.startsWith('/news/') && p !== '/news/') ?? '/';
    const paths = [...pageTypes(dist), `/share/?p=${encodeURIComponent(poster)}`].filter((p) => p !== '/share/');
    const results = new Map<string, Result[]>(paths.map((p) => [p, []]));
    // Rounds over all pages rather than one page's runs in a row: a burst of load elsewhere on
    // the machine then spoils one run of several pages, not every run of one page.
    for (let round = 1; round <= runs; round++) {
      for (const p of paths) {
        console.error(`[bench] lighthouse ${p} (run ${round} of ${runs})`);
        const result = await lighthouse(`${server.url}${p}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        });
        if (!result?.lhr) throw new Error(`Lighthouse returned nothing for ${p}`);
        results.get(p)!.push(result.lhr);
      }
    }
    for (const [p, lhrs] of results) rows.push(toRow(p, lhrs));
  } finally {
    chrome.kill();
    await server.close();
  }
  return rows;
}

/** One page's row: the median run's scores, audits and metrics, and every run's performance score. */
function toRow(page: string, lhrs: Result[]): LighthouseRow {
  const lhr: Result = lhrs.length > 1 ? computeMedianRun(lhrs) : lhrs[0]!;
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? null])) as Record<
    Category,
    number | null
  >;
  const failed = CATEGORIES.flatMap((c) =>
    (lhr.categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${c}: ${ref.id}`),
  );
  const metrics: LighthouseRow['metrics'] = {};
  for (const [name, id] of Object.entries(METRICS) as [Metric, string][]) {
    const value = lhr.audits[id]?.numericValue;
    if (value !== undefined) metrics[name] = value;
  }
  return {
    path: page,
    scores,
    failed,
    metrics,
    performanceRuns: lhrs.map((l) => l.categories.performance?.score ?? null),
    benchmarkIndexes: lhrs.map((l) => Math.round(l.environment.benchmarkIndex)),
  };
}

/**
 * A Markdown table of the scores (0–100) and the audits that cost points, then the range of the
 * machine's benchmark index over all runs, so a reader can tell a slow day from a slower site.
 */
export function formatLighthouse(rows: readonly LighthouseRow[]): string {
  const pct = (s: number | null) => (s === null ? '–' : String(Math.round(s * 100)));
  const metric = (r: LighthouseRow, m: Metric) => {
    const v = r.metrics[m];
    if (v === undefined) return '–';
    if (m === 'CLS') return v.toFixed(2);
    return m === 'TBT' ? `${Math.round(v)} ms` : `${(v / 1000).toFixed(1)} s`;
  };
  // The median run's performance score, and the range over all runs when they differ.
  const performance = (r: LighthouseRow) => {
    const all = r.performanceRuns.flatMap((v) => (v === null ? [] : [Math.round(v * 100)]));
    const [lo, hi] = [Math.min(...all), Math.max(...all)];
    return all.length > 1 && lo !== hi ? `${pct(r.scores.performance)} (${lo}–${hi})` : pct(r.scores.performance);
  };
  const names = Object.keys(METRICS) as Metric[];
  const runs = Math.max(...rows.map((r) => r.performanceRuns.length));
  return [
    `| page | performance${runs > 1 ? ` (range of ${runs} runs)` : ''} | accessibility | best practices | SEO | ${names.join(' | ')} | audits that lost points |`,
    `| --- | --- | --- | --- | --- | ${names.map(() => '---').join(' | ')} | --- |`,
    ...rows.map(
      (r) =>
        `| \`${r.path}\` | ${[performance(r), ...CATEGORIES.slice(1).map((c) => pct(r.scores[c]))].join(' | ')} | ${names.map((m) => metric(r, m)).join(' | ')} | ${r.failed.join(', ') || '—'} |`,
    ),
    '',
    benchmarkLine(rows.flatMap((r) => r.benchmarkIndexes)),
  ].join('\n');
}

function benchmarkLine(indexes: readonly number[]): string {
  if (indexes.length === 0) return "Lighthouse's benchmark index of this machine: not reported.";
  const [lo, hi] = [Math.min(...indexes), Math.max(...indexes)];
  const slow = indexes.filter((i) => i <= SLOW_BENCHMARK_INDEX).length;
  return [
    `Lighthouse's benchmark index of this machine: ${lo === hi ? lo : `${lo}–${hi}`} over ${indexes.length} runs`,
    slow
      ? ` (${slow} at or below ${SLOW_BENCHMARK_INDEX}, where Lighthouse warns that a slow machine lowers the performance score).`
      : ` (Lighthouse warns at or below ${SLOW_BENCHMARK_INDEX}).`,
  ].join('');
}
