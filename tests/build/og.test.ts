/**
 * Share cards in real builds: every page's og:image exists at 1200×630 with its title drawn;
 * a rebuild renders nothing; a character the font lacks stops the build.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, inject, it } from 'vitest';
import { FIXTURE_INDICATORS } from '../../scripts/ranking-fixture.ts';
import { metaTags } from '../../src/og/head.ts';
import { POSTER_HEIGHT, POSTER_WIDTH } from '../../src/og/poster-size.ts';
import { townFiguresFrom } from '../../src/og/town-figures.ts';
import { readEdition } from '../../src/rankings/read-edition.ts';
import { OG_PALETTE } from '../../src/og/palette.ts';
import { pngSize } from '../../src/og/png.ts';
import { CARD_HEIGHT, CARD_WIDTH, TITLE_BOX } from '../../src/og/card.ts';
import type { OgStats } from '../../src/og/integration.ts';
import { buildSite, makeContent } from '../support/build-site.ts';
import { FIXTURE_CONTENT, ROOT, TEST_CACHE } from '../support/paths.ts';

const SITE = 'https://gyxz.example.cn';
const LOG_LINE = /\[og\] (\d+) cards: (\d+) cached, (\d+) rendered in (\d+) ms \((\d+) workers\)/;

function htmlPages(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split(path.sep).join('/'));
}

/** Pixels inside the title box that differ from the card background. */
function titleInk(file: string): number {
  const png = PNG.sync.read(readFileSync(file));
  const bg = [1, 3, 5].map((i) => parseInt(OG_PALETTE.bg.slice(i, i + 2), 16));
  let ink = 0;
  for (let y = TITLE_BOX.top; y < TITLE_BOX.top + TITLE_BOX.height; y++) {
    for (let x = TITLE_BOX.left; x < TITLE_BOX.left + TITLE_BOX.width; x++) {
      const i = (y * png.width + x) * 4;
      if (png.data[i] !== bg[0] || png.data[i + 1] !== bg[1] || png.data[i + 2] !== bg[2]) ink++;
    }
  }
  return ink;
}

describe('share cards in the fixture build', () => {
  const dist = inject('fixtureDist');
  // The CMS (/admin/) is a tool for editors, not a page anyone shares.
  const pages = htmlPages(dist).filter((p) => !p.startsWith('admin/'));

  it('builds a good number of pages to check', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it('every public page has absolute og:image and twitter:image and the Open Graph basics', () => {
    for (const page of pages) {
      const tags = metaTags(readFileSync(path.join(dist, page), 'utf8'));
      const image = tags.get('og:image');
      expect(image, page).toMatch(new RegExp(`^${SITE}/og/[a-z0-9/_-]+\\.png$`));
      expect(tags.get('twitter:image'), page).toBe(image);
      expect(tags.get('og:image:width'), page).toBe(String(CARD_WIDTH));
      expect(tags.get('og:image:height'), page).toBe(String(CARD_HEIGHT));
      expect(tags.get('og:title'), page).toMatch(/\p{Script=Han}/u);
      expect(tags.get('og:description'), page).toBeTruthy();
      expect(tags.get('og:type'), page).toMatch(/^(website|article)$/);
      // Pages kept out of search engines (404, search, poster) have no canonical URL to give.
      if (tags.get('robots') !== 'noindex') expect(tags.get('og:url'), page).toMatch(new RegExp(`^${SITE}/`));
    }
  });

  it('every og:image exists in the build: a 1200×630 PNG of at most 60 KB with its title drawn', () => {
    const images = new Set(
      pages.map((page) => new URL(metaTags(readFileSync(path.join(dist, page), 'utf8')).get('og:image')!).pathname),
    );
    for (const image of images) {
      const file = path.join(dist, image);
      expect(existsSync(file), image).toBe(true);
      const data = readFileSync(file);
      expect(pngSize(data), image).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
      expect(data.length, image).toBeLessThanOrEqual(60 * 1024);
      expect(titleInk(file), `${image}: title area is blank`).toBeGreaterThan(2_000);
    }
  });

  it('every ranked town page has its poster: 750×1334, its QR code the page, its figures the data file’s', async () => {
    const { rows } = await readEdition(path.join(FIXTURE_CONTENT, 'rankings/2025-ceshi-500.xlsx'), FIXTURE_INDICATORS);
    const edition = readFileSync(path.join(dist, 'rankings/2025-ceshi-500/index.html'), 'utf8');
    const links = [...edition.matchAll(/<tr><td>\d+<\/td><th scope="row"><a href="([^"]+)">/g)].map((m) => m[1]!);
    let posters = 0;
    for (const page of pages.filter((p) => /^towns\/(?!provinces\/)[^/]+\/index\.html$/.test(p))) {
      const tags = metaTags(readFileSync(path.join(dist, page), 'utf8'));
      const poster = tags.get('gyxz:poster');
      if (!poster) {
        expect(tags.get('gyxz:town'), page).toBeUndefined();
        continue;
      }
      posters++;
      const file = path.join(dist, new URL(poster).pathname);
      expect(pngSize(readFileSync(file)), page).toEqual({ width: POSTER_WIDTH, height: POSTER_HEIGHT });
      const figures = townFiguresFrom(tags.get('gyxz:town')!)!;
      // The same official name parts as the page writes under its heading (省 · 市 · 县 · 镇).
      const place = /<p class="place"[^>]*data-pagefind-weight="10"[^>]*>([\s\S]*?)<\/p>/.exec(
        readFileSync(path.join(dist, page), 'utf8'),
      )![1]!;
      expect(figures.name, page).toEqual([...place.matchAll(/<span[^>]*>([^<]+)<\/span>/g)].map((m) => m[1]));
      const i = links.indexOf(`/${path.dirname(page)}/`);
      if (i === -1) continue;
      const row = rows[i]!;
      expect(figures, page).toMatchObject({
        rank: row.rank,
        of: rows.length,
        scores: [['总分', row.score], ...FIXTURE_INDICATORS.map((name, j) => [name, row.indicators[j]])],
      });
      if (i < 10) {
        const png = PNG.sync.read(readFileSync(file));
        expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data, page).toBe(tags.get('og:url'));
      }
    }
    expect(posters).toBeGreaterThan(500);
  });

  it('articles say their section and date, for the card and for crawlers', () => {
    const tags = metaTags(readFileSync(path.join(dist, 'news/2026-01-21-pingjia-tongzhi/index.html'), 'utf8'));
    expect(tags.get('og:type')).toBe('article');
    expect(tags.get('article:section')).toBe('新闻');
    expect(tags.get('article:published_time')).toBe('2026-01-21');
  });
});

describe('the share-card cache', () => {
  it('a cold build renders every card on all cores; a rebuild with no change renders none', () => {
    const root = path.join(TEST_CACHE, 'og-cache');
    rmSync(root, { recursive: true, force: true });
    const content = makeContent(path.join(root, 'content'));
    const env = { SITE_URL: SITE, OG_CACHE_DIR: path.join(root, 'cache') };
    const stats = () => JSON.parse(readFileSync(path.join(root, 'cache/stats.json'), 'utf8')) as OgStats;

    const cold = buildSite({ content, out: path.join(root, 'dist'), env });
    expect(cold.ok, cold.output).toBe(true);
    const [, cards, cached, rendered, , workers] = LOG_LINE.exec(cold.output)!.map(Number);
    expect(cached).toBe(0);
    expect(rendered).toBeGreaterThan(10);
    // Pages with identical cards share one render, so rendered may be a little under cards.
    expect(rendered).toBeLessThanOrEqual(cards!);
    expect(workers).toBe(Math.min(availableParallelism(), rendered!));
    expect(stats()).toMatchObject({ cards, cached: 0, rendered, workers });

    const warm = buildSite({ content, out: path.join(root, 'dist'), env });
    expect(warm.ok, warm.output).toBe(true);
    expect(warm.output).toMatch(new RegExp(`\\[og\\] ${cards} cards: ${cards} cached, 0 rendered`));
    expect(stats()).toMatchObject({ cards, cached: cards, rendered: 0, workers: 0 });
    expect(readdirSync(path.join(root, 'dist/og'), { recursive: true }).length).toBeGreaterThanOrEqual(cards!);
  });
});

describe('the missing-glyph check', () => {
  it('fails the build, naming the page and the character, when a title has a character the font lacks', () => {
    const root = path.join(TEST_CACHE, 'og-rare-glyph');
    const out = path.join(root, 'dist');
    const content = makeContent(path.join(root, 'content'), path.join(ROOT, 'tests/fixtures/og-rare-glyph'));
    // SKIP_OG=1: the check runs even when no card is rendered.
    const result = buildSite({
      content,
      out,
      env: { SITE_URL: SITE, SKIP_OG: '1', OG_CACHE_DIR: path.join(root, 'cache') },
    });
    expect(result.ok).toBe(false);
    expect(result.output).toContain('/news/fixture-og-rare-glyph/');
    expect(result.output).toContain('「\u{20000}」(U+20000)');
    expect(existsSync(out)).toBe(false);
  });
});
