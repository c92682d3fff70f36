/**
 * The WeChat poster (/share/?p=/news/x/): reads the target page's title, summary and
 * canonical URL from the page itself (same site), draws a 750×1334 poster with a QR code
 * on a canvas, and shows it as an <img> readers can long-press to save in WeChat.
 *
 * Only the poster page loads this script; articles link here and ship no JavaScript.
 * Works under the site CSP: a same-origin script file, fetch to 'self', and a data: image.
 */
import QRCode from 'qrcode';
import { OG_PALETTE as C } from './palette.ts';
import { posterTarget } from './poster-link.ts';
import { wrapText } from './wrap.ts';

const POSTER_WIDTH = 750;
const POSTER_HEIGHT = 1334;
const PAD = 60;

interface PosterData {
  title: string;
  summary: string;
  siteName: string;
  section: string;
  /** Canonical absolute URL: what the QR code encodes. */
  url: string;
}

async function readTarget(path: string): Promise<PosterData> {
  const response = await fetch(path, { headers: { accept: 'text/html' } });
  if (!response.ok) throw new Error(`页面不存在（${response.status}）`);
  const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
  const meta = (key: string) =>
    doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content')?.trim() ?? '';
  const url = meta('og:url') || new URL(path, location.href).href;
  return {
    title: meta('og:title') || doc.title,
    summary: meta('og:description'),
    siteName: meta('og:site_name'),
    section: meta('article:section'),
    url,
  };
}

function draw(data: PosterData, fontFamily: string): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = POSTER_WIDTH;
  canvas.height = POSTER_HEIGHT;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('浏览器不支持画布');
  const font = (weight: number, size: number) => `${weight} ${size}px ${fontFamily}`;
  const text = (lines: string[], x: number, y: number, lineHeight: number) =>
    lines.forEach((line, i) => ctx.fillText(line, x, y + i * lineHeight));
  const inner = POSTER_WIDTH - 2 * PAD;
  ctx.textBaseline = 'top';

  ctx.fillStyle = C.bg;
  ctx.fillRect(0, 0, POSTER_WIDTH, POSTER_HEIGHT);
  ctx.fillStyle = C.brand;
  ctx.fillRect(0, 0, POSTER_WIDTH, 140);
  ctx.fillStyle = C.onBrand;
  ctx.font = font(700, 36);
  text(
    wrapText(data.siteName, inner, (s) => ctx.measureText(s).width, 1),
    PAD,
    50,
    0,
  );

  let y = 200;
  if (data.section) {
    ctx.fillStyle = C.brand;
    ctx.font = font(700, 30);
    ctx.fillText(data.section, PAD, y);
    y += 60;
  }
  ctx.fillStyle = C.text;
  ctx.font = font(700, 52);
  const title = wrapText(data.title, inner, (s) => ctx.measureText(s).width, 4);
  text(title, PAD, y, 72);
  y += title.length * 72 + 36;

  ctx.fillStyle = C.muted;
  ctx.font = font(400, 30);
  text(
    wrapText(data.summary, inner, (s) => ctx.measureText(s).width, 6),
    PAD,
    y,
    48,
  );

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
  return canvas;
}

/** The canvas as a PNG data: URL, encoded without blocking the page. */
function pngDataUrl(canvas: HTMLCanvasElement): Promise<string> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (!blob) return reject(new Error('浏览器未能生成图片'));
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as string);
      reader.onerror = () => reject(reader.error ?? new Error('浏览器未能读取图片'));
      reader.readAsDataURL(blob);
    }, 'image/png');
  });
}

async function main() {
  const root = document.querySelector<HTMLElement>('[data-poster]');
  if (!root) return;
  const status = root.querySelector<HTMLElement>('[data-poster-status]')!;
  const figure = root.querySelector<HTMLElement>('[data-poster-figure]')!;
  const frame = root.querySelector<HTMLElement>('[data-poster-frame]')!;
  const caption = root.querySelector<HTMLElement>('[data-poster-caption]')!;
  const save = root.querySelector<HTMLAnchorElement>('[data-poster-save]')!;
  const back = root.querySelector<HTMLAnchorElement>('[data-poster-back]')!;

  const path = posterTarget(location.search);
  if (!path) {
    status.textContent = '链接有误：没有指明要分享的页面。请从文章页点「分享海报」进入。';
    figure.hidden = true;
    return;
  }
  back.href = path;
  back.hidden = false;
  try {
    const data = await readTarget(path);
    const fontFamily =
      getComputedStyle(document.documentElement).getPropertyValue('--font-body').trim() || 'sans-serif';
    await document.fonts?.ready;
    // A data: URL rather than blob:, because WeChat's long-press "save image" handles it reliably.
    // toBlob encodes the PNG off the main thread (toDataURL would block the page for it).
    const url = await pngDataUrl(draw(data, fontFamily));
    // Made here, not in the page: an <img> without src is invalid HTML until there is a poster.
    const image = Object.assign(new Image(750, 1334), { alt: `「${data.title}」的分享海报，含二维码`, src: url });
    image.dataset['posterImage'] = '';
    frame.append(image);
    save.href = url;
    caption.classList.remove('pending');
    status.textContent = '海报已生成：手机上长按图片保存或发送给朋友；电脑上可点「保存图片」。';
  } catch (error) {
    figure.hidden = true;
    status.textContent = `海报生成失败：${error instanceof Error ? error.message : String(error)}`;
  }
}

void main();
