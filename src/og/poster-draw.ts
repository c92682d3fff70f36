/**
 * The poster's drawing, shared by the page (src/og/poster.ts) and its worker
 * (src/og/poster-worker.ts): title, summary and a QR code of the canonical URL on 750×1334.
 */
import QRCode from 'qrcode';
import { OG_PALETTE as C } from './palette.ts';
import { POSTER_HEIGHT, POSTER_WIDTH } from './poster-size.ts';
import { wrapText } from './wrap.ts';

const PAD = 60;

export type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** What a poster shows, read from the target page's head. */
export interface PosterData {
  title: string;
  summary: string;
  siteName: string;
  section: string;
  /** Canonical absolute URL: what the QR code encodes. */
  url: string;
}

/**
 * Draw the poster on a 2D context of a POSTER_WIDTH × POSTER_HEIGHT canvas: the page's own
 * canvas, or an OffscreenCanvas in poster-worker.ts.
 */
export function drawPoster(ctx: Context2D, data: PosterData, fontFamily: string): void {
  const font = (weight: number, size: number) => `${weight} ${size}px ${fontFamily}`;
  const inner = POSTER_WIDTH - 2 * PAD;
  /** Wrap `s` to the inner width in the current font; draw it from (PAD, y); return the lines. */
  const text = (s: string, maxLines: number, y: number, lineHeight: number) => {
    const lines = wrapText(s, inner, (t) => ctx.measureText(t).width, maxLines);
    lines.forEach((line, i) => ctx.fillText(line, PAD, y + i * lineHeight));
    return lines;
  };
  ctx.textBaseline = 'top';

  ctx.fillStyle = C.bg;
  ctx.fillRect(0, 0, POSTER_WIDTH, POSTER_HEIGHT);
  ctx.fillStyle = C.brand;
  ctx.fillRect(0, 0, POSTER_WIDTH, 140);
  ctx.fillStyle = C.onBrand;
  ctx.font = font(700, 36);
  text(data.siteName, 1, 50, 0);

  let y = 200;
  if (data.section) {
    ctx.fillStyle = C.brand;
    ctx.font = font(700, 30);
    ctx.fillText(data.section, PAD, y);
    y += 60;
  }
  ctx.fillStyle = C.text;
  ctx.font = font(700, 52);
  y += text(data.title, 4, y, 72).length * 72 + 36;

  ctx.fillStyle = C.muted;
  ctx.font = font(400, 30);
  text(data.summary, 6, y, 48);

  // QR code, drawn module by module: crisp at any size, and no image to load.
  const qr = QRCode.create(data.url, { errorCorrectionLevel: 'M' });
  const modules = qr.modules.size;
  const quiet = 4;
  const cell = Math.floor(300 / (modules + 2 * quiet));
  const side = cell * (modules + 2 * quiet);
  const qx = (POSTER_WIDTH - side) / 2;
  const qy = POSTER_HEIGHT - side - 150;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(qx, qy, side, side);
  ctx.fillStyle = '#000000';
  for (let r = 0; r < modules; r++) {
    for (let c = 0; c < modules; c++) {
      if (qr.modules.get(r, c)) ctx.fillRect(qx + (c + quiet) * cell, qy + (r + quiet) * cell, cell, cell);
    }
  }
  ctx.strokeStyle = C.border;
  ctx.strokeRect(qx - 0.5, qy - 0.5, side + 1, side + 1);

  ctx.fillStyle = C.muted;
  ctx.font = font(400, 28);
  ctx.textAlign = 'center';
  ctx.fillText('长按识别二维码，阅读全文', POSTER_WIDTH / 2, qy + side + 30);
  ctx.fillText(new URL(data.url).host, POSTER_WIDTH / 2, qy + side + 74);
  ctx.fillStyle = C.brand;
  ctx.fillRect(0, POSTER_HEIGHT - 16, POSTER_WIDTH, 16);
}
