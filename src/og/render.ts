/**
 * Card → PNG: satori lays the template out as SVG, resvg rasterises it, and the pixels are
 * stored as a palette PNG. Runs inside the worker threads of pool.ts (and in unit tests).
 */
import { Resvg } from '@resvg/resvg-js';
import { readFile } from 'node:fs/promises';
import satori, { type Font } from 'satori';
import { encodePalettePng } from './png.ts';
import { CARD_FONT, CARD_HEIGHT, CARD_WIDTH, cardTree, type Card, type Element } from './card.ts';
import { FONT_FILES } from './fonts.ts';
import { POSTER_HEIGHT, POSTER_WIDTH } from './poster-size.ts';
import { townCardTree, townPosterTree } from './town-card.ts';

let fonts: Promise<Font[]> | undefined;

/** Read the font files once per thread; satori caches its parse of them by identity. */
function loadFonts(): Promise<Font[]> {
  fonts ??= Promise.all(
    FONT_FILES.map(async ({ weight, path }) => ({
      name: CARD_FONT,
      data: await readFile(path),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

/** The template a card is drawn with, and its size: a town's poster, a town's card, or any page's card. */
function layout(card: Card): { tree: Element; width: number; height: number } {
  if (card.town && card.poster) {
    return { tree: townPosterTree(card, card.town, card.poster), width: POSTER_WIDTH, height: POSTER_HEIGHT };
  }
  return { tree: card.town ? townCardTree(card, card.town) : cardTree(card), width: CARD_WIDTH, height: CARD_HEIGHT };
}

/**
 * Render one share card (1200×630) or town poster (750×1334) to PNG bytes (a palette PNG when it has
 * ≤ 256 colours).
 * @example await renderCard({ title: '论坛', siteName: '工业小镇研究中心', host: 'example.cn' })
 */
export async function renderCard(card: Card): Promise<Uint8Array> {
  const { tree, width, height } = layout(card);
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], {
    width,
    height,
    fonts: await loadFonts(),
  });
  // satori has already turned every glyph into a path, so resvg needs no fonts. Loading the
  // system fonts (its default) would scan the machine's font folders on every card: slower,
  // and the output could then depend on the machine.
  const image = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
  return encodePalettePng(image.pixels, image.width, image.height) ?? image.asPng();
}
