/**
 * Read phase timings out of build output. Each phase logs one line of its own
 * (the Pagefind integration, the share-image integration, Astro itself, the
 * bare comparison build); a phase that is not built yet has no line, and its
 * numbers stay undefined: the report then says "n/a", never a guess.
 */
import { stripVTControlCharacters } from 'node:util';

/** Phase numbers found in one build's output. */
export interface BuildLog {
  /** Astro's own "N page(s) built in X" (this includes its build:done hooks). */
  astro?: { pages: number; ms: number };
  pagefind?: { pages: number; ms: number };
  /** The CMS bundle step (admin/integration.ts): built in a child process, or taken from its cache. */
  admin?: { cached: boolean; ms: number };
  /** `ms` is the rendering of missing cards, `totalMs` the whole step (reading pages, rendering, copying). */
  og?: { cards: number; cached: number; rendered: number; ms: number; workers: number; totalMs?: number };
  bareAstro?: { pages: number; ms: number };
  /** Pages Astro generated under /rankings/ (editions, sorted and province tables, downloads) and their summed time. */
  rankingPages?: { pages: number; ms: number };
  /** Town pages (/towns/) and their summed time. */
  townPages?: { pages: number; ms: number };
  barePagefind?: { pages: number; ms: number };
}

/**
 * Parse the phase lines of a build log.
 * @example parseBuildLog('[pagefind] indexed 12 pages in 340 ms').pagefind // { pages: 12, ms: 340 }
 */
export function parseBuildLog(text: string): BuildLog {
  // Astro colours its output; the numbers sit between escape codes.
  const log = stripVTControlCharacters(text);
  const result: BuildLog = {};
  // Astro prints 850ms, 13.93s or 1m 1s.
  const astro = /(\d+) page\(s\) built in (?:(\d+)m\s+)?(?:([\d.]+) ?(ms|s))?/.exec(log);
  if (astro) {
    const [, pages, minutes = '0', value = '0', unit = 's'] = astro;
    const ms = Number(minutes) * 60_000 + Number(value) * (unit === 'ms' ? 1 : 1000);
    result.astro = { pages: Number(pages), ms };
  }
  const pf = /\[pagefind\] indexed (\d+) pages? in ([\d.]+) ?ms/.exec(log);
  if (pf) result.pagefind = { pages: Number(pf[1]), ms: Number(pf[2]) };
  const admin = /\[admin\] CMS bundle (from cache|built) in ([\d.]+) ?ms/.exec(log);
  if (admin) result.admin = { cached: admin[1] === 'from cache', ms: Number(admin[2]) };
  const og =
    /\[og\] (\d+) cards?: (\d+) cached, (\d+) rendered in ([\d.]+) ?ms(?: \((\d+) workers?\))?(?:; total ([\d.]+) ?ms)?/.exec(
      log,
    );
  if (og) {
    result.og = {
      cards: Number(og[1]),
      cached: Number(og[2]),
      rendered: Number(og[3]),
      ms: Number(og[4]),
      workers: Number(og[5] ?? 1),
      ...(og[6] ? { totalMs: Number(og[6]) } : {}),
    };
  }
  const bare = /\[bare\] astro (\d+) pages in ([\d.]+) ms/.exec(log);
  if (bare) result.bareAstro = { pages: Number(bare[1]), ms: Number(bare[2]) };
  const barePf = /\[bare\] pagefind (\d+) pages in ([\d.]+) ms/.exec(log);
  if (barePf) result.barePagefind = { pages: Number(barePf[1]), ms: Number(barePf[2]) };
  const rankings = routeTime(text, '/rankings/');
  if (rankings.pages > 0) result.rankingPages = rankings;
  const towns = routeTime(text, '/towns/');
  if (towns.pages > 0) result.townPages = towns;
  return result;
}

/**
 * Pages Astro generated under a path prefix and the milliseconds its log gives them
 * (the `├─ /towns/x/index.html (+3ms)` lines), summed.
 * @example routeTime('├─ /towns/a/index.html (+3ms)\n└─ /towns/b/index.html (+1.2s)', '/towns/') // { pages: 2, ms: 1203 }
 */
export function routeTime(text: string, prefix: string): { pages: number; ms: number } {
  let pages = 0;
  let ms = 0;
  for (const m of stripVTControlCharacters(text).matchAll(/[├└]─ (\/\S+) \(\+([\d.]+)(ms|s)\)/g)) {
    if (!m[1]!.startsWith(prefix)) continue;
    pages++;
    ms += Number(m[2]) * (m[3] === 's' ? 1000 : 1);
  }
  return { pages, ms: Math.round(ms) };
}
