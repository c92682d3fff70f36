/**
 * The WeChat poster (/share/?p=/news/x/): reads the target page's title, summary and
 * canonical URL from the page itself (same site), draws a 750×1334 poster with a QR code
 * on a canvas, and shows it as an <img> readers can long-press to save in WeChat.
 *
 * Only the poster page loads this script; articles link here and ship no JavaScript.
 * Works under the site CSP: a same-origin script file, fetch to 'self', and a data: image.
 */
import type { PosterData } from './poster-draw.ts';
import { POSTER_HEIGHT, POSTER_WIDTH } from './poster-size.ts';
import type { PosterReply } from './poster-worker.ts';
import { posterBackLabel, posterTarget, type PosterBack } from './poster-link.ts';

/** What the target page says: the data to draw a poster, and its poster drawn at build time if it has one. */
async function readTarget(path: string): Promise<{ data: PosterData; drawn?: string }> {
  const response = await fetch(path, { headers: { accept: 'text/html' } });
  if (!response.ok) throw new Error(`页面不存在（${response.status}）`);
  const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
  const meta = (key: string) =>
    doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content')?.trim() ?? '';
  const url = meta('og:url') || new URL(path, location.href).href;
  // A ranked town's page names its poster, drawn when the site was built (src/og/town-card.ts):
  // shown from this site, whatever host the build's address names.
  const drawn = meta('gyxz:poster');
  return {
    data: {
      title: meta('og:title') || doc.title,
      summary: meta('og:description'),
      siteName: meta('og:site_name'),
      section: meta('article:section'),
      url,
    },
    ...(drawn ? { drawn: new URL(drawn).pathname } : {}),
  };
}

/** A PNG blob as a data: URL. */
function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error ?? new Error('浏览器未能读取图片'));
    reader.readAsDataURL(blob);
  });
}

/**
 * Draw on the page's own canvas: for browsers without OffscreenCanvas in workers. The drawing
 * code (and the QR encoder) is loaded only then, so the page's own script stays small.
 */
async function drawHere(data: PosterData, fontFamily: string): Promise<Blob> {
  const { drawPoster } = await import('./poster-draw.ts');
  const canvas = Object.assign(document.createElement('canvas'), { width: POSTER_WIDTH, height: POSTER_HEIGHT });
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('浏览器不支持画布');
  drawPoster(ctx, data, fontFamily);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('浏览器未能生成图片'))), 'image/png'),
  );
}

/**
 * Draw and encode the poster in a worker, so the page stays responsive: drawing Chinese text
 * and encoding a 750×1334 PNG take a few hundred ms on a slow phone. Falls back to the page.
 */
function drawPng(data: PosterData, fontFamily: string): Promise<Blob> {
  if (typeof OffscreenCanvas === 'undefined' || typeof Worker === 'undefined') return drawHere(data, fontFamily);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./poster-worker.ts', import.meta.url), { type: 'module' });
    const done = () => worker.terminate();
    worker.onmessage = ({ data: reply }: MessageEvent<PosterReply>) => {
      done();
      if ('png' in reply) resolve(reply.png);
      // The worker could not draw (no 2D context there): the page draws instead.
      else drawHere(data, fontFamily).then(resolve, reject);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      done();
      drawHere(data, fontFamily).then(resolve, reject);
    };
    worker.postMessage({ data, fontFamily });
  });
}

async function main() {
  const root = document.querySelector<HTMLElement>('[data-poster]');
  if (!root) return;
  const status = root.querySelector<HTMLElement>('[data-poster-status]')!;
  const figure = root.querySelector<HTMLElement>('[data-poster-figure]')!;
  const frame = root.querySelector<HTMLElement>('[data-poster-frame]')!;
  const hint = root.querySelector<HTMLElement>('[data-poster-hint]')!;
  const caption = root.querySelector<HTMLElement>('[data-poster-caption]')!;
  const save = root.querySelector<HTMLAnchorElement>('[data-poster-save]')!;
  const back = root.querySelector<HTMLAnchorElement>('[data-poster-back]')!;

  const path = posterTarget(location.search);
  if (!path) {
    status.textContent = '链接有误：没有指明要分享的页面。请从要分享的页面点「分享海报」进入。';
    figure.hidden = true;
    return;
  }
  back.href = path;
  // The kinds of page, by URL base, that the share page lists from the definitions (poster-backs.ts).
  back.textContent = posterBackLabel(path, JSON.parse(back.dataset['backs'] ?? '[]') as PosterBack[]);
  back.hidden = false;
  try {
    const { data, drawn } = await readTarget(path);
    const fontFamily =
      getComputedStyle(document.documentElement).getPropertyValue('--font-body').trim() || 'sans-serif';
    if (!drawn) await document.fonts?.ready;
    // A data: URL rather than blob:, because WeChat's long-press "save image" handles it reliably.
    const url = drawn ?? (await dataUrl(await drawPng(data, fontFamily)));
    // Made here, not in the page: an <img> without src is invalid HTML until there is a poster.
    const image = Object.assign(new Image(POSTER_WIDTH, POSTER_HEIGHT), {
      alt: `「${data.title}」的分享海报，含二维码`,
      decoding: 'async' as const,
      src: url,
    });
    image.dataset['posterImage'] = '';
    frame.append(image);
    save.href = url;
    hint.classList.remove('pending');
    caption.classList.remove('pending');
    // As short as the text it replaces: a longer one would wrap and push the poster down.
    status.textContent = '海报已生成。';
  } catch (error) {
    figure.hidden = true;
    status.textContent = `海报生成失败：${error instanceof Error ? error.message : String(error)}`;
  }
}

void main();
