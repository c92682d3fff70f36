/**
 * Render many cards on all cores. Astro renders static routes one after another, and every
 * card costs tens of milliseconds of CPU (satori, resvg, PNG; the benchmark's report has the
 * figures), so the build hands the cards to worker threads instead, one per core. `coresBusy` in stats.json shows how many cores
 * the render step really kept busy.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Card } from './card.ts';
import type { Job, Result } from './worker.ts';

export interface Rendered {
  png: Uint8Array;
  /** CPU-side milliseconds the worker spent on this card (font loading included for the first). */
  ms: number;
}

/** How many threads to use: OG_WORKERS, else one per core; never more threads than cards. */
export function workerCount(cards: number): number {
  const wanted = Number(process.env['OG_WORKERS']) || availableParallelism();
  return Math.max(1, Math.min(wanted, cards));
}

/**
 * V8 sizes a thread's young generation from the machine's memory, and satori's layout garbage
 * fills all of it before each scavenge, hundreds of MB per thread. A small one renders as fast
 * and keeps the card step's memory peak below Pagefind's (`npm run bench` reports both).
 */
export const WORKER_YOUNG_GENERATION_MB = 16;

/** Render every card, in order, on `threads` worker threads. */
export async function renderAll(cards: Card[], threads: number): Promise<Rendered[]> {
  const results = new Array<Rendered>(cards.length);
  if (cards.length === 0) return results;
  const workers = Array.from(
    { length: threads },
    () =>
      new Worker(new URL('./worker.ts', import.meta.url), {
        resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
      }),
  );
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const feed = () => {
              if (next >= cards.length) return resolve();
              const id = next++;
              worker.postMessage({ id, card: cards[id]! } satisfies Job);
            };
            worker.on('message', (result: Result) => {
              if ('error' in result)
                return reject(new Error(`分享图渲染失败：${cards[result.id]!.title}\n${result.error}`));
              results[result.id] = { png: result.png, ms: result.ms };
              feed();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (next < cards.length || code !== 0) reject(new Error(`og worker exited early (code ${code})`));
            });
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
