/**
 * Astro integration: a share card for every built page that asks for one.
 *
 * After the pages are built, it reads each page's <head> (og:image, og:title,
 * article:section, article:published_time, og:site_name, og:url), so the HTML is the one
 * list of pages and nothing here repeats the routes. Cards are cached by a hash of all they
 * show, rendered on worker threads when missing, and copied into the build.
 *
 * Env: OG_CACHE_DIR (default .cache/og, see src/lib/build-cache.ts), SKIP_OG=1 (render nothing, copy what is cached),
 * OG_WORKERS (threads, default one per core). See src/og/README.md.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { createHash } from 'node:crypto';
import { closeSync, constants, openSync, readSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fontCoverage, missingGlyphs, type Coverage } from './cmap.ts';
import { cacheFolder } from '../lib/build-cache.ts';
import { postBuildInProcess } from '../lib/build-steps.ts';
import { formatDate } from '../lib/format-date.ts';
import { cardMeta } from './head.ts';
import { cardText, type Card } from './card.ts';
import { townFiguresFrom } from './town-figures.ts';
import { FONT_FILES } from './fonts.ts';
import { renderAll, workerCount } from './pool.ts';

/** Largest card we accept without a warning, in bytes. */
export const MAX_CARD_BYTES = 60 * 1024;

/** Cached cards no build has asked for in this long are deleted, so the cache cannot grow forever. */
const PRUNE_AFTER_MS = 30 * 24 * 3600 * 1000;

/** A cached card used by a build is marked as in use when its mark is older than this. */
const TOUCH_AFTER_MS = 24 * 3600 * 1000;

/**
 * Files whose every byte can change a card's PNG: part of each cache key. The lockfile pins what
 * draws and encodes it (satori and its layout engine, resvg, and Node's zlib through the `node`
 * package), so a dependency update draws every card anew instead of reusing cards drawn by the old ones.
 * tests/unit/og/integration.test.ts holds it against the files these import.
 */
export const TEMPLATE_SOURCES = [
  './card.ts',
  './town-card.ts',
  './poster-size.ts',
  './qr-svg.ts',
  './trend-svg.ts',
  '../charts/rank-trend.ts',
  '../charts/round.ts',
  './render.ts',
  './palette.ts',
  './png.ts',
  '../../package-lock.json',
].map((p) => new URL(p, import.meta.url));

/** Written to `<cache>/stats.json` after each build, for the benchmark. */
export interface OgStats {
  cards: number;
  cached: number;
  rendered: number;
  /** Cards SKIP_OG=1 left out because they were not cached. */
  skipped: number;
  workers: number;
  /** Wall-clock time of the whole step: reading pages, checks, rendering, copying. */
  totalMs: number;
  /** Wall-clock time spent rendering missing cards on the worker pool. */
  renderMs: number;
  /** Sum of per-card render times inside the workers (time across threads). */
  renderCpuMs: number;
  /**
   * Process CPU time during rendering divided by its wall-clock time: about how many cores
   * were busy (close to 2 on a 2-core machine when both workers run; 1 means no parallelism).
   */
  coresBusy: number | null;
  /** renderMs / rendered: wall-clock ms per cold card. */
  msPerRendered: number | null;
  /** totalMs / cards: ms per card for the whole step (the warm figure when rendered = 0). */
  msPerCard: number | null;
  bytes: { min: number; max: number; mean: number; total: number } | null;
  largest: { page: string; bytes: number } | null;
}

interface PageCard {
  page: string;
  file: string;
  card: Card;
  key: string;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
}

function sha256(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

/** One read step of readHead: a page's head fits in one or two of these. */
const HEAD_STEP = 8 * 1024;

/**
 * The start of a built page up to its `</head>`: all that cardMeta reads. Heads are a few KB,
 * so pages are read in 8 KB steps and a long article is not decoded (and then collected) whole.
 * Synchronous, with one reused buffer: a build reads thousands of heads one after another, and
 * a promise, a pool thread and a fresh buffer for each of their reads took twice as long.
 */
export function readHead(file: string, buffer: { bytes: Buffer }): string {
  const fd = openSync(file, 'r');
  try {
    let length = 0;
    for (;;) {
      if (buffer.bytes.length < length + HEAD_STEP) {
        buffer.bytes = Buffer.concat(
          [buffer.bytes.subarray(0, length)],
          Math.max(buffer.bytes.length * 2, length + HEAD_STEP),
        );
      }
      const read = readSync(fd, buffer.bytes, length, HEAD_STEP, null);
      // Search the new bytes and the tail of the previous ones, where </head> may start.
      const end = buffer.bytes.subarray(0, length + read).indexOf('</head>', Math.max(0, length - 6), 'latin1');
      length += read;
      if (end !== -1) return buffer.bytes.toString('utf8', 0, end);
      if (read === 0) return buffer.bytes.toString('utf8', 0, length);
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Put a cached card into the build: a hard link (cached cards are written once, atomically,
 * and never changed in place, so the build's file cannot change under it); a copy when the
 * cache is on another file system.
 */
async function place(cached: string, file: string): Promise<void> {
  try {
    await link(cached, file);
  } catch {
    // Something is there (an earlier card: removed, never written through, as it may be a link
    // to a cached card), or the cache is on another file system.
    await rm(file, { force: true });
    // EXCL: should anything appear there meanwhile, fail rather than write into it.
    await link(cached, file).catch(() => copyFile(cached, file, constants.COPYFILE_FICLONE | constants.COPYFILE_EXCL));
  }
}

/** Write atomically, so a parallel build reading the cache never sees half a PNG. */
async function writeAtomic(file: string, data: Uint8Array): Promise<void> {
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, file);
}

/**
 * Delete cached cards that no build has used for PRUNE_AFTER_MS (each build touches the cards
 * it copies). Age, not this build's set alone, decides, because several content folders
 * (tests, benchmark, branches) may share one cache.
 */
async function prune(cacheDir: string, used: Set<string>): Promise<void> {
  const old = Date.now() - PRUNE_AFTER_MS;
  for (const name of await readdir(cacheDir)) {
    if (!name.endsWith('.png') || used.has(name)) continue;
    const file = path.join(cacheDir, name);
    if ((await stat(file)).mtimeMs < old) await rm(file, { force: true });
  }
}

/** The path of a page's image under /og/ (its card or poster); anything else stops the build. */
function inOg(url: string, tag: string, page: string): string {
  const image = new URL(url).pathname;
  if (!image.startsWith('/og/') || !image.endsWith('.png'))
    throw new Error(`分享图：页面 ${page} 的 ${tag} 不在 /og/ 下：${url}`);
  return image;
}

/** Read every built page's card request; fail on characters the font cannot draw. */
async function collectCards(outDir: string, templateHash: string, coverage: Coverage[]): Promise<PageCard[]> {
  const cards: PageCard[] = [];
  const problems: string[] = [];
  const files = await htmlFiles(outDir);
  const buffer = { bytes: Buffer.allocUnsafe(4 * HEAD_STEP) };
  const metas = files.map((f) => cardMeta(readHead(f, buffer)));
  for (const [i, htmlFile] of files.entries()) {
    const meta = metas[i];
    if (!meta) continue;
    // noindex pages (404, search) have no og:url; name them by their file instead.
    const relative = path.relative(outDir, htmlFile).split(path.sep).join('/');
    const page = meta.url ? new URL(meta.url).pathname : `/${relative.replace(/(^|\/)index\.html$/, '$1')}`;
    const image = inOg(meta.image, 'og:image', page);
    const town = meta.town === undefined ? undefined : townFiguresFrom(meta.town);
    if (meta.town !== undefined && !town)
      throw new Error(`分享图：页面 ${page} 的 gyxz:town 不是镇的数据：${meta.town}`);
    const card: Card = {
      title: meta.title,
      section: meta.section,
      date: meta.published ? formatDate(new Date(meta.published)) : undefined,
      siteName: meta.siteName,
      host: new URL(meta.image).host,
      town,
    };
    const missing = [...new Set(coverage.flatMap((c) => missingGlyphs(cardText(card), c)))];
    if (missing.length > 0) {
      const chars = missing.map((ch) => `「${ch}」(U+${ch.codePointAt(0)!.toString(16).toUpperCase()})`).join('、');
      problems.push(`  ${page}：${chars}`);
    }
    cards.push({ page, file: path.join(outDir, image), card, key: sha256(templateHash, JSON.stringify(card)) });
    // A ranked town's WeChat poster: the same figures, portrait, with a QR code of the page.
    if (town && meta.poster && meta.url) {
      const poster: Card = { ...card, poster: meta.url };
      const file = path.join(outDir, inOg(meta.poster, 'gyxz:poster', page));
      cards.push({ page, file, card: poster, key: sha256(templateHash, JSON.stringify(poster)) });
    }
  }
  if (problems.length > 0) {
    throw new Error(
      `分享图字体（Noto Sans SC）缺少下列页面标题（或镇的名称、指标名称）中的字符，分享卡片会显示成空白方框。请改用常用字或改写标题：\n${problems.join('\n')}`,
    );
  }
  return cards;
}

function summarise(sizes: { page: string; bytes: number }[]): Pick<OgStats, 'bytes' | 'largest'> {
  if (sizes.length === 0) return { bytes: null, largest: null };
  const total = sizes.reduce((sum, s) => sum + s.bytes, 0);
  const largest = sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const min = Math.min(...sizes.map((s) => s.bytes));
  return { bytes: { min, max: largest.bytes, mean: Math.round(total / sizes.length), total }, largest };
}

/** Produce, cache and copy the share cards of a finished build. */
export async function buildCards(opts: {
  outDir: string;
  cacheDir: string;
  skip: boolean;
  logger: Pick<AstroIntegrationLogger, 'info' | 'warn'>;
}): Promise<OgStats> {
  const start = performance.now();
  const { outDir, cacheDir, skip, logger } = opts;
  const fontData = await Promise.all(FONT_FILES.map((f) => readFile(f.path)));
  const templateHash = sha256(
    ...(await Promise.all(TEMPLATE_SOURCES.map((u) => readFile(u, 'utf8')))),
    ...fontData.map((d) => createHash('sha256').update(d).digest('hex')),
  );
  const cards = await collectCards(outDir, templateHash, fontData.map(fontCoverage));
  await mkdir(cacheDir, { recursive: true });

  const cachedFile = (key: string) => path.join(cacheDir, `${key}.png`);
  const cachedStats = await Promise.all(
    cards.map((c) =>
      stat(cachedFile(c.key)).then(
        (s) => ({ size: s.size, mtimeMs: s.mtimeMs }),
        () => undefined,
      ),
    ),
  );
  const isCached = cachedStats.map(Boolean);
  // Identical cards (same title, section, date) are rendered once.
  const missing = [...new Map(cards.filter((_, i) => !isCached[i]).map((c) => [c.key, c])).values()];
  const cached = isCached.filter(Boolean).length;

  let workers = 0;
  let renderMs = 0;
  let renderCpuMs = 0;
  let coresBusy: number | null = null;
  if (!skip && missing.length > 0) {
    workers = workerCount(missing.length);
    const renderStart = performance.now();
    const cpuStart = process.cpuUsage();
    const rendered = await renderAll(
      missing.map((m) => m.card),
      workers,
    );
    renderMs = performance.now() - renderStart;
    const cpu = process.cpuUsage(cpuStart);
    coresBusy = +((cpu.user + cpu.system) / 1000 / renderMs).toFixed(2);
    renderCpuMs = rendered.reduce((sum, r) => sum + r.ms, 0);
    await Promise.all(rendered.map(({ png }, i) => writeAtomic(cachedFile(missing[i]!.key), png)));
  }

  const sizes: { page: string; bytes: number }[] = [];
  // With SKIP_OG, cards that were not cached are left out of this (local, never deployed) build.
  const skipped = skip ? isCached.filter((c) => !c).length : 0;
  const folders = new Set(cards.filter((_, i) => !skip || isCached[i]).map((c) => path.dirname(c.file)));
  for (const dir of folders) await mkdir(dir, { recursive: true });
  await Promise.all(
    cards.map(async ({ page, file, key }, i) => {
      if (skip && !isCached[i]) return;
      await place(cachedFile(key), file);
      // Mark the cached card as in use, so prune() keeps it (once a day is enough for that).
      const before = cachedStats[i];
      if (!before || before.mtimeMs < Date.now() - TOUCH_AFTER_MS) {
        const now = new Date();
        await utimes(cachedFile(key), now, now);
      }
      sizes.push({ page, bytes: before?.size ?? (await stat(file)).size });
    }),
  );
  for (const s of sizes.filter((s) => s.bytes > MAX_CARD_BYTES)) {
    logger.warn(`分享图 ${s.page} 有 ${Math.round(s.bytes / 1024)} KB，超过 ${MAX_CARD_BYTES / 1024} KB`);
  }

  if (!skip) await prune(cacheDir, new Set(cards.map((c) => `${c.key}.png`)));

  const rendered = skip ? 0 : missing.length;
  const totalMs = performance.now() - start;
  const stats: OgStats = {
    cards: cards.length,
    cached,
    rendered,
    skipped,
    workers,
    totalMs: Math.round(totalMs),
    renderMs: Math.round(renderMs),
    renderCpuMs: Math.round(renderCpuMs),
    coresBusy,
    msPerRendered: rendered ? +(renderMs / rendered).toFixed(2) : null,
    msPerCard: cards.length ? +(totalMs / cards.length).toFixed(2) : null,
    ...summarise(sizes),
  };
  await writeAtomic(path.join(cacheDir, 'stats.json'), Buffer.from(JSON.stringify(stats, null, 2)));
  const tail = skip ? `, ${skipped} skipped (SKIP_OG=1)` : ` in ${stats.renderMs} ms (${workers} workers)`;
  logger.info(`${cards.length} cards: ${cached} cached, ${rendered} rendered${tail}; total ${stats.totalMs} ms`);
  return stats;
}

/**
 * Draw the cards of a built site as a build step of its own (scripts/build.ts), with the
 * same settings as the integration.
 */
export async function cardsStep(
  siteDir: string,
  root: string,
  logger: Pick<AstroIntegrationLogger, 'info' | 'warn'> = {
    info: (m) => console.log(`[og] ${m}`),
    warn: (m) => console.warn(`[og] ${m}`),
  },
): Promise<void> {
  await buildCards({
    outDir: siteDir,
    cacheDir: path.resolve(root, cacheFolder('og')),
    skip: process.env['SKIP_OG'] === '1' || process.env['SKIP_OG'] === 'true',
    logger,
  });
}

/** The integration for astro.config.mjs (scripts/build.ts draws the cards as a step of its own instead). */
export default function ogCards(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'og',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (postBuildInProcess()) await cardsStep(fileURLToPath(dir), root, logger);
      },
    },
  };
}
