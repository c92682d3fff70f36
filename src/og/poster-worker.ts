/**
 * The poster page's worker: draws the poster on an OffscreenCanvas and encodes it as PNG, off
 * the page's main thread. Receives `{ data, fontFamily }`, answers `{ png }` or `{ error }`
 * (then the page draws it itself). The fonts are the system's, which workers can use too.
 */
import { drawPoster, type PosterData } from './poster-draw.ts';
import { POSTER_HEIGHT, POSTER_WIDTH } from './poster-size.ts';

export type PosterReply = { png: Blob } | { error: string };

self.onmessage = async ({ data: job }: MessageEvent<{ data: PosterData; fontFamily: string }>) => {
  let reply: PosterReply;
  try {
    const canvas = new OffscreenCanvas(POSTER_WIDTH, POSTER_HEIGHT);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D context in this worker');
    drawPoster(ctx, job.data, job.fontFamily);
    reply = { png: await canvas.convertToBlob({ type: 'image/png' }) };
  } catch (error) {
    reply = { error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
