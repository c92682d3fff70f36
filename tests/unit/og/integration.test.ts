/**
 * The card step on its own, on a tiny hand-made build folder: caching, SKIP_OG, pruning,
 * and the missing-glyph message. The full builds in tests/build/og.test.ts cover the rest.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { pngSize } from '../../../src/og/png.ts';
import { fileURLToPath } from 'node:url';
import { buildCards, readHead, TEMPLATE_SOURCES } from '../../../src/og/integration.ts';
import { TEST_CACHE } from '../../support/paths.ts';

const root = path.join(TEST_CACHE, 'og-unit');
const out = path.join(root, 'out');
const cache = path.join(root, 'cache');
const logger = { info: () => {}, warn: () => {} };

/** A built page as HeadMeta writes it (test fixture, not real content). */
function page(file: string, title: string, extra = '') {
  const url = `https://x.example/${file.replace(/index\.html$/, '')}`;
  const image = `https://x.example/og/${file.replace(/\/?index\.html$/, '') || 'index'}.png`;
  mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
  writeFileSync(
    path.join(out, file),
    `<html><head><meta property="og:title" content="${title}"><meta property="og:site_name" content="测试站">` +
      `<meta property="og:url" content="${url}"><meta property="og:image" content="${image}">${extra}</head></html>`,
  );
}

beforeEach(() => {
  rmSync(root, { recursive: true, force: true });
  page('index.html', '测试首页');
  page('news/a/index.html', '测试新闻', '<meta property="article:section" content="新闻">');
  mkdirSync(path.join(out, 'admin'), { recursive: true });
  writeFileSync(path.join(out, 'admin/index.html'), '<html><head><title>CMS</title></head></html>');
});

describe('buildCards', () => {
  it('renders missing cards once, then only copies them from the cache', async () => {
    const cold = await buildCards({ outDir: out, cacheDir: cache, skip: false, logger });
    expect(cold).toMatchObject({ cards: 2, cached: 0, rendered: 2, skipped: 0 });
    expect(pngSize(readOut('og/news/a.png'))).toEqual({ width: 1200, height: 630 });
    expect(existsSync(path.join(out, 'og/index.png'))).toBe(true);

    rmSync(path.join(out, 'og'), { recursive: true });
    const warm = await buildCards({ outDir: out, cacheDir: cache, skip: false, logger });
    expect(warm).toMatchObject({ cards: 2, cached: 2, rendered: 0, workers: 0 });
    expect(existsSync(path.join(out, 'og/news/a.png'))).toBe(true);
    const cached = readdirSync(cache).filter((f) => f.endsWith('.png'));
    expect(cached.map((f) => readFileSync(path.join(cache, f)))).toContainEqual(readOut('og/news/a.png'));
  });

  it('reads a head longer than one read step, with </head> across the step boundary', async () => {
    // readHead reads 8 KB at a time; pad so that </head> starts 3 bytes before 8,192.
    const before = '<html><head><meta property="og:title" content="长头部">';
    const meta =
      '<meta property="og:site_name" content="测试站"><meta property="og:url" content="https://x.example/long/">' +
      '<meta property="og:image" content="https://x.example/og/long.png">';
    const pad = 8192 - 3 - Buffer.byteLength(before + meta);
    mkdirSync(path.join(out, 'long'), { recursive: true });
    writeFileSync(
      path.join(out, 'long/index.html'),
      `${before}${' '.repeat(pad)}${meta}</head><body>${'正文'.repeat(5000)}</body></html>`,
    );
    const stats = await buildCards({ outDir: out, cacheDir: cache, skip: false, logger });
    expect(stats).toMatchObject({ cards: 3, rendered: 3 });
    expect(pngSize(readOut('og/long.png'))).toEqual({ width: 1200, height: 630 });
  });

  it('with SKIP_OG renders nothing and leaves uncached cards out', async () => {
    const stats = await buildCards({ outDir: out, cacheDir: cache, skip: true, logger });
    expect(stats).toMatchObject({ cards: 2, cached: 0, rendered: 0, skipped: 2 });
    expect(existsSync(path.join(out, 'og'))).toBe(false);
  });

  it('prunes cached cards unused for a month, keeps the ones in use', async () => {
    await buildCards({ outDir: out, cacheDir: cache, skip: false, logger });
    const stale = path.join(cache, `${'0'.repeat(64)}.png`);
    writeFileSync(stale, 'old');
    const longAgo = new Date(Date.now() - 40 * 24 * 3600 * 1000);
    utimesSync(stale, longAgo, longAgo);
    for (const f of readdirSync(cache)) utimesSync(path.join(cache, f), longAgo, longAgo);
    await buildCards({ outDir: out, cacheDir: cache, skip: false, logger });
    expect(existsSync(stale)).toBe(false);
    expect(readdirSync(cache).filter((f) => f.endsWith('.png'))).toHaveLength(2);
  });

  it('names the page and the character when the font lacks a glyph', async () => {
    page('news/rare/index.html', '测试\u{20000}标题');
    await expect(buildCards({ outDir: out, cacheDir: cache, skip: true, logger })).rejects.toThrow(
      /\/news\/rare\/：「\u{20000}」\(U\+20000\)/u,
    );
  });
});

function readOut(file: string): Buffer {
  return readFileSync(path.join(out, file));
}

describe('readHead', () => {
  it('reads each page up to its </head> with one shared buffer, whatever the length', () => {
    const dir = path.join(root, 'heads');
    mkdirSync(dir, { recursive: true });
    // 40 KB before </head>: more than the 32 KB the buffer starts with, so it has to grow.
    const long = `<html><head>${'<meta name="x" content="长">'.repeat(1500)}<title>长</title>`;
    // No </head> at all, longer than one 8 KB step: the whole file is its head.
    const open = `<html><head><title>未闭合</title>${'字'.repeat(4000)}`;
    const short = '<html><head><title>短</title>';
    const files = { long: `${long}</head><body>正文</body>`, open, short: `${short}</head><body></body>` };
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    expect(Buffer.byteLength(long)).toBeGreaterThan(40_000);
    const buffer = { bytes: Buffer.allocUnsafe(4 * 8 * 1024) };
    const read = (name: string) => readHead(path.join(dir, name), buffer);
    // A short page after a long one must not see the long one's bytes.
    expect([read('long'), read('short'), read('open'), read('short')]).toEqual([long, short, open, short]);
    // A buffer smaller than one step grows to fit.
    expect(readHead(path.join(dir, 'short'), { bytes: Buffer.alloc(0) })).toBe(short);
  });
});

describe('the cache key', () => {
  // Files a drawing module imports that change no pixel: the fonts are hashed by their bytes,
  // town-figures.ts gives the figures, which are in the card's own JSON.
  const NOT_DRAWING = ['src/og/fonts.ts', 'src/og/town-figures.ts'];
  it('covers every module the drawing imports', () => {
    const listed = TEMPLATE_SOURCES.map((u) => path.relative(process.cwd(), fileURLToPath(u)));
    const imported = listed
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) =>
        [...readFileSync(f, 'utf8').matchAll(/^import (?!type )[^;]*?from '(\.{1,2}\/[^']+)';/gm)].map((m) =>
          path.join(path.dirname(f), m[1]!),
        ),
      );
    expect([...new Set(imported)].filter((f) => !listed.includes(f) && !NOT_DRAWING.includes(f))).toEqual([]);
  });
});
