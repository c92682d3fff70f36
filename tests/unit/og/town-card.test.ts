import jsQR from 'jsqr';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { cardText, CARD_HEIGHT, CARD_WIDTH, type Card } from '../../../src/og/card.ts';
import { fontCoverage, missingGlyphs } from '../../../src/og/cmap.ts';
import { FONT_FILES } from '../../../src/og/fonts.ts';
import { OG_PALETTE } from '../../../src/og/palette.ts';
import { POSTER_HEIGHT, POSTER_WIDTH } from '../../../src/og/poster-size.ts';
import { renderCard } from '../../../src/og/render.ts';
import {
  TOWN_WORDS,
  townFigures,
  townFiguresFrom,
  type FiguresTown,
  type TownFigures,
} from '../../../src/og/town-figures.ts';
import { trendSvg } from '../../../src/og/trend-svg.ts';

const edition = (year: number, slug = '500-qiang', rows = 500) => ({
  id: `${year}-${slug}`,
  data: {
    year,
    slug,
    title: `${year} 年全国小城镇综合实力评价 500 强镇`,
    indicators: ['经济发展质量', '人口聚集能力'],
  },
  rows: Array.from({ length: rows }),
});
const town: FiguresTown = {
  parts: { province: '浙江省', city: '湖州市', county: '安吉县', town: '孝丰镇' },
  results: [
    { edition: edition(2025), row: { rank: 49, score: 86.16, indicators: [83.69, 84.38] }, change: 57 },
    { edition: edition(2024), row: { rank: 106, score: 82.11, indicators: [79.95, 78.39] } },
  ],
};
const figures = townFigures(town)!;
const base: Card = {
  title: '孝丰镇 · 第 49 名',
  siteName: '中国工业报社工业小镇研究中心',
  host: 'gyxz.example.cn',
  town: figures,
};
const URL = 'https://gyxz.example.cn/towns/zhejiang-anji-xiaofeng/';
const read = (bytes: Uint8Array) => PNG.sync.read(Buffer.from(bytes));

/** Pixels of the brand colour in a box: where the rank is drawn. */
function brandInk(png: PNG, box: { left: number; top: number; width: number; height: number }): number {
  const brand = parseInt(OG_PALETTE.brand.slice(1), 16);
  let n = 0;
  for (let y = box.top; y < box.top + box.height; y++) {
    for (let x = box.left; x < box.left + box.width; x++) {
      const i = (y * png.width + x) * 4;
      if ((png.data[i]! << 16) + (png.data[i + 1]! << 8) + png.data[i + 2]! === brand) n++;
    }
  }
  return n;
}

describe('townFigures', () => {
  it('takes every figure from the newest result and the list’s editions, oldest first', () => {
    expect(figures).toEqual({
      name: ['浙江省', '湖州市', '安吉县', '孝丰镇'],
      edition: '2025 年全国小城镇综合实力评价 500 强镇',
      rank: 49,
      of: 500,
      change: '上升 57 位',
      scores: [
        ['总分', 86.16],
        ['经济发展质量', 83.69],
        ['人口聚集能力', 84.38],
      ],
      trend: [
        [2024, 106],
        [2025, 49],
      ],
    });
  });

  it('writes the official name parts, without a 市 where there is none', () => {
    const parts = { province: '北京市', city: '', county: '怀柔区', town: '雁栖镇' };
    expect(townFigures({ ...town, parts })!.name).toEqual(['北京市', '怀柔区', '雁栖镇']);
  });

  it('leaves out the change where there is no earlier edition, and another list from the trend', () => {
    const other = { edition: edition(2023, '100-qiang', 100), row: { rank: 7, score: 90, indicators: [1, 2] } };
    const f = townFigures({ ...town, results: [town.results[1]!, other] })!;
    expect(f.change).toBeUndefined();
    expect(f.trend).toEqual([[2024, 106]]);
    expect(townFigures({ ...town, results: [] })).toBeUndefined();
  });

  it('keeps the last six editions of a long list for the trend, the newest last', () => {
    const results = Array.from({ length: 8 }, (_, i) => ({
      edition: edition(2025 - i),
      row: { rank: 10 + i, score: 80, indicators: [1, 2] },
    }));
    const f = townFigures({ ...town, results })!;
    expect(f.trend.map(([year]) => year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
  });

  it('reads back what a page wrote, and nothing else', () => {
    expect(townFiguresFrom(JSON.stringify(figures))).toEqual(figures);
    expect(townFiguresFrom('{"name":["甲"],"rank":"1"}')).toBeUndefined();
    expect(townFiguresFrom('not json')).toBeUndefined();
  });
});

describe('a town’s poster and card', () => {
  it('name every word they write for the glyph check, which the card font passes', () => {
    const source = readFileSync(new globalThis.URL('../../../src/og/town-card.ts', import.meta.url), 'utf8');
    const literals = [...source.matchAll(/'([^'\n]*)'|`([^`\n]*)`/g)].map((m) => m[1] ?? m[2]!).join('');
    const chinese = [...new Set(literals.match(/\p{Script=Han}/gu) ?? [])];
    expect(chinese.filter((ch) => !TOWN_WORDS.includes(ch))).toEqual([]);
    const text = cardText({ ...base, poster: URL });
    for (const ch of [...figures.name.join(''), ...'经济发展质量上升历年名次长按识别二维码'])
      expect(text).toContain(ch);
    for (const font of FONT_FILES) expect(missingGlyphs(text, fontCoverage(readFileSync(font.path)))).toEqual([]);
  });

  it('draw the poster at 750×1334 with the rank large and a QR code that reads as the page’s address', async () => {
    const alone: TownFigures = { ...figures, trend: figures.trend.slice(-1) };
    for (const town of [figures, alone]) {
      const png = read(await renderCard({ ...base, town, poster: URL }));
      expect([png.width, png.height]).toEqual([POSTER_WIDTH, POSTER_HEIGHT]);
      // The rank's digits, 150 px tall in the brand colour, in the upper half.
      expect(brandInk(png, { left: 100, top: 380, width: 260, height: 160 })).toBeGreaterThan(8_000);
      expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(URL);
    }
  });

  it('draw the card at 1200×630 without a QR code, the rank large', async () => {
    const bytes = await renderCard(base);
    const png = read(bytes);
    expect([png.width, png.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    expect(brandInk(png, { left: 90, top: 280, width: 200, height: 110 })).toBeGreaterThan(5_000);
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)).toBeNull();
    expect(bytes.length).toBeLessThanOrEqual(60 * 1024);
  });
});

describe('trendSvg', () => {
  it('draws a line only where there are two ranks or more, the best one highest', () => {
    expect(trendSvg([7], 300, 80, '#000')).toBeUndefined();
    const svg = decodeURIComponent(trendSvg([106, 49], 300, 80, '#000')!);
    const ys = [...svg.matchAll(/cy="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(ys[1]).toBeLessThan(ys[0]!);
    expect([...svg.matchAll(/cx="([\d.]+)"/g)].map((m) => Number(m[1]))).toEqual([75, 225]);
  });
});
