/**
 * A town's share card (1200×630) and WeChat poster (750×1334): its rank large, the edition, the change
 * since the last edition, its scores, its trend and its full name; the poster adds a QR code of the page.
 * Every figure comes from `TownFigures` (the ranking data); this file's source is part of the cache key.
 */
import { CARD_FONT, CARD_HEIGHT, CARD_WIDTH, el, type Card, type Element } from './card.ts';
import { OG_PALETTE as C } from './palette.ts';
import { POSTER_HEIGHT, POSTER_WIDTH } from './poster-size.ts';
import { qrSvg } from './qr-svg.ts';
import type { TownFigures } from './town-figures.ts';
import { trendSvg } from './trend-svg.ts';

/**
 * The QR code's side on the poster, px: large enough for a phone to read from a photo of a screen; larger
 * where there is no trend line (a town with one edition), so the poster has no empty band.
 */
const POSTER_QR = { withTrend: 232, alone: 280 };

const img = (src: string, width: number, height: number): Element => ({
  type: 'img',
  props: { src, width, height, style: { width, height } },
});

/** 第 49 名, the number large. */
function rank(f: TownFigures, size: number): Element {
  return el('div', { display: 'flex', alignItems: 'baseline', color: C.brand, fontWeight: 700 }, [
    el('div', { fontSize: size * 0.32 }, '第'),
    el('div', { fontSize: size, lineHeight: 1, margin: '0 12px' }, String(f.rank)),
    el('div', { fontSize: size * 0.32 }, '名'),
  ]);
}

/** 共 500 个镇 · 上升 57 位 */
function standing(f: TownFigures, size: number): Element {
  return el('div', { display: 'flex', fontSize: size, color: C.text }, [
    `共 ${f.of} 个镇上榜${f.change ? ` · ${f.change}` : ''}`,
  ]);
}

/** The scores as a grid of boxes: the name small, the score large. */
function scores(f: TownFigures, columns: number, width: number, size: number): Element {
  const gap = 16;
  const box = (width - gap * (columns - 1)) / columns;
  return el(
    'div',
    { display: 'flex', flexWrap: 'wrap', gap, width },
    f.scores.map(([name, value]) =>
      el(
        'div',
        {
          boxSizing: 'border-box',
          display: 'flex',
          flexDirection: 'column',
          width: box,
          padding: '10px 16px',
          backgroundColor: C.surface,
          borderRadius: 8,
        },
        [
          el('div', { fontSize: size * 0.6, color: C.muted }, name),
          el('div', { fontSize: size, fontWeight: 700, color: C.text }, String(value)),
        ],
      ),
    ),
  );
}

/** 历年名次: the line, and under each dot its year and rank; nothing for a town with one edition. */
function trend(f: TownFigures, width: number, height: number, size: number): Element[] {
  const line = trendSvg(
    f.trend.map(([, r]) => r),
    width,
    height,
    C.brand,
  );
  if (!line) return [];
  const column = (year: number, r: number) =>
    el('div', { display: 'flex', flexDirection: 'column', alignItems: 'center', width: width / f.trend.length }, [
      el('div', { color: C.muted }, String(year)),
      el('div', { color: C.text }, `第${r}名`),
    ]);
  return [
    el('div', { display: 'flex', flexDirection: 'column', width }, [
      el('div', { fontSize: size, color: C.muted, marginBottom: 8 }, '历年名次'),
      img(line, width, height),
      el(
        'div',
        { display: 'flex', fontSize: size, marginTop: 6 },
        f.trend.map(([year, r]) => column(year, r)),
      ),
    ]),
  ];
}

const frame = (width: number, height: number, children: Element[]): Element =>
  el(
    'div',
    {
      boxSizing: 'border-box',
      width,
      height,
      display: 'flex',
      flexDirection: 'column',
      backgroundColor: C.bg,
      color: C.text,
      fontFamily: CARD_FONT,
    },
    children,
  );

const band = (text: string, height: number, size: number, padding: number): Element =>
  el(
    'div',
    {
      display: 'flex',
      flexShrink: 0,
      alignItems: 'center',
      height,
      padding: `0 ${padding}px`,
      backgroundColor: C.brand,
      color: C.onBrand,
      fontSize: size,
      fontWeight: 700,
    },
    text,
  );

/** The name above the town: 省 · 县 (and 市, when the name has it). */
const place = (f: TownFigures) => f.name.slice(0, -1).join(' · ');
const town = (f: TownFigures) => f.name.at(-1)!;

/** A town's 1200×630 share card. */
export function townCardTree(card: Card, f: TownFigures): Element {
  const pad = 56;
  const right = 470;
  return frame(CARD_WIDTH, CARD_HEIGHT, [
    band(card.siteName, 80, 30, pad),
    el('div', { display: 'flex', flexGrow: 1, padding: `28px ${pad}px 0`, gap: 40 }, [
      el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, width: CARD_WIDTH - 2 * pad - right - 40 }, [
        el('div', { fontSize: 26, color: C.muted }, place(f)),
        el('div', { fontSize: 60, fontWeight: 700, lineHeight: 1.2 }, town(f)),
        el('div', { fontSize: 22, color: C.muted, marginTop: 8, lineClamp: 2 }, f.edition),
        el('div', { display: 'flex', marginTop: 10 }, [rank(f, 120)]),
        standing(f, 26),
      ]),
      el('div', { display: 'flex', flexDirection: 'column', width: right, gap: 18 }, [
        scores(f, 2, right, 30),
        ...trend(f, right, 70, 20),
      ]),
    ]),
    el(
      'div',
      { display: 'flex', justifyContent: 'flex-end', padding: `0 ${pad}px 18px`, fontSize: 22, color: C.muted },
      card.host,
    ),
    el('div', { height: 12, flexShrink: 0, backgroundColor: C.brand }),
  ]);
}

/** A town's 750×1334 WeChat poster, with a QR code of `url`. */
export function townPosterTree(card: Card, f: TownFigures, url: string): Element {
  const pad = 56;
  const inner = POSTER_WIDTH - 2 * pad;
  const line = trend(f, inner, 80, 24);
  const qr = line.length > 0 ? POSTER_QR.withTrend : POSTER_QR.alone;
  return frame(POSTER_WIDTH, POSTER_HEIGHT, [
    band(card.siteName, 112, 34, pad),
    el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: `40px ${pad}px 0` }, [
      el('div', { fontSize: 30, color: C.muted }, place(f)),
      el('div', { fontSize: 72, fontWeight: 700, lineHeight: 1.25 }, town(f)),
      el('div', { fontSize: 26, color: C.muted, marginTop: 6, lineClamp: 2 }, f.edition),
      el('div', { display: 'flex', marginTop: 12 }, [rank(f, 150)]),
      standing(f, 32),
      el('div', { display: 'flex', marginTop: 28 }, [scores(f, 2, inner, 36)]),
      el('div', { display: 'flex', marginTop: 28 }, line),
    ]),
    el('div', { display: 'flex', flexShrink: 0, alignItems: 'center', gap: 28, padding: `0 ${pad}px 40px` }, [
      img(qrSvg(url), qr, qr),
      el('div', { display: 'flex', flexDirection: 'column', fontSize: 28, color: C.muted, gap: 8 }, [
        el('div', { color: C.text, fontWeight: 700 }, '长按识别二维码'),
        el('div', {}, '查看完整榜单与各项指标'),
        el('div', { fontSize: 24 }, card.host),
      ]),
    ]),
    el('div', { height: 16, flexShrink: 0, backgroundColor: C.brand }),
  ]);
}
