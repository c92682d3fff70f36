/**
 * The share card template: the one place that decides what a 1200×630 card looks like.
 *
 * It returns the element tree satori lays out (plain objects, so no JSX toolchain is
 * needed). Every value it shows is in `Card`, and this file's source is part of the cache
 * key, so editing the layout re-renders every card and nothing else does.
 */
import { OG_PALETTE as C } from './palette.ts';
import { TOWN_WORDS, type TownFigures } from './town-figures.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Name satori knows the Noto Sans SC faces by (see render.ts). */
export const CARD_FONT = 'Noto Sans SC';
/** The title is clamped to this many lines; the last one ends in an ellipsis. */
export const TITLE_LINES = 3;
/** Title box, in card pixels; tests look for ink inside it. */
export const TITLE_BOX = { left: 64, top: 200, width: 1072, height: 3 * 80 } as const;

/** Everything a card shows. */
export interface Card {
  /** Page title, wrapped to at most three lines. */
  title: string;
  /** Section name above the title (论坛, 新闻…), when the page belongs to one. */
  section?: string | undefined;
  /** Date as readers write it (2026年4月3日), when the page has one. */
  date?: string | undefined;
  /** Site name in the brand band. */
  siteName: string;
  /** Host name of the site, bottom right, so readers see where the link leads. */
  host: string;
  /** A town's figures: its card shows them (src/og/town-card.ts) instead of the title alone. */
  town?: TownFigures | undefined;
  /** Set for a town's WeChat poster (750×1334): the page's canonical URL, which its QR code holds. */
  poster?: string | undefined;
}

/** A satori element: what React.createElement would return, without React. */
export interface Element {
  type: string;
  props: {
    style?: Record<string, string | number>;
    children?: string | Element | (string | Element)[];
    /** An <img>'s source (a data: URL) and size. */
    src?: string;
    width?: number;
    height?: number;
  };
}

/** A satori element with a style and children. */
export function el(
  type: string,
  style: Record<string, string | number>,
  children?: Element['props']['children'],
): Element {
  return { type, props: { style, ...(children === undefined ? {} : { children }) } };
}

/** Every string the card draws, for the missing-glyph check. */
export function cardText(card: Card): string {
  const town = card.town && [
    ...card.town.name,
    card.town.edition,
    card.town.change,
    ...card.town.scores.flat(),
    TOWN_WORDS,
  ];
  return [card.title, card.section, card.date, card.siteName, card.host, '…', ...(town ?? [])].filter(Boolean).join('');
}

/** The element tree for one card. */
export function cardTree(card: Card): Element {
  return el(
    'div',
    {
      // satori's layout defaults differ between versions; border-box makes padding predictable.
      boxSizing: 'border-box',
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      backgroundColor: C.bg,
      color: C.text,
      fontFamily: CARD_FONT,
    },
    [
      el(
        'div',
        {
          display: 'flex',
          alignItems: 'center',
          height: 96,
          padding: '0 64px',
          backgroundColor: C.brand,
          color: C.onBrand,
          fontSize: 34,
          fontWeight: 700,
        },
        card.siteName,
      ),
      el('div', { display: 'flex', height: 104, alignItems: 'flex-end', padding: '0 64px 16px' }, [
        el('div', { color: C.brand, fontSize: 32, fontWeight: 700 }, card.section ?? ''),
      ]),
      el(
        'div',
        {
          display: 'block',
          height: TITLE_BOX.height,
          margin: `0 ${CARD_WIDTH - TITLE_BOX.left - TITLE_BOX.width}px 0 ${TITLE_BOX.left}px`,
          fontSize: 60,
          fontWeight: 700,
          lineHeight: 1.33,
          // lineClamp alone cuts the title; overflow: hidden would add a mask and a clip path,
          // which resvg draws as extra full-size layers (see src/og/README.md).
          lineClamp: TITLE_LINES,
        },
        card.title,
      ),
      el(
        'div',
        {
          display: 'flex',
          flexGrow: 1,
          alignItems: 'flex-end',
          justifyContent: 'space-between',
          padding: '0 64px 44px',
          color: C.muted,
          fontSize: 28,
        },
        [el('div', {}, card.date ?? ''), el('div', {}, card.host)],
      ),
      // The bottom band is a plain box: a border becomes three nested clip paths in satori's SVG.
      el('div', { height: 12, backgroundColor: C.brand }),
    ],
  );
}
