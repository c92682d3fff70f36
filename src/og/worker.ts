/**
 * One card-rendering thread. Receives `{ id, card }`, answers `{ id, png, ms }` or `{ id, error }`.
 * Each thread loads the fonts once and reuses them for every card it renders.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { parentPort } from 'node:worker_threads';
import type { Card } from './card.ts';
import { renderCard } from './render.ts';

/**
 * Each card leaves a few MB of resvg's native memory (the parsed SVG, the 1200×630 canvas)
 * behind small JS objects; V8 does not see that memory, so it collects them late and the
 * threads' RSS grows by hundreds of MB. A full collection every GC_EVERY cards keeps the card
 * step's memory peak below Pagefind's for a few ms per card (`npm run bench` reports the step's
 * peak and the time per cold card). `--expose-gc` cannot be given to a worker; set here, it exposes `gc`.
 */
const GC_EVERY = 25;
v8.setFlagsFromString('--expose-gc');
const collect = vm.runInNewContext('gc') as () => void;
let rendered = 0;

export interface Job {
  id: number;
  card: Card;
}
export type Result = { id: number; png: Uint8Array; ms: number } | { id: number; error: string };

const port = parentPort;
if (!port) throw new Error('src/og/worker.ts must run as a worker thread');
port.on('message', ({ id, card }: Job) => {
  const start = performance.now();
  renderCard(card).then(
    (png) => {
      if (++rendered % GC_EVERY === 0) collect();
      port.postMessage({ id, png, ms: performance.now() - start } satisfies Result);
    },
    (error: unknown) =>
      port.postMessage({
        id,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      } satisfies Result),
  );
});
