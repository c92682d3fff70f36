/**
 * One card-rendering thread. Receives `{ id, card }`, answers `{ id, png, ms }` or `{ id, error }`.
 * Each thread loads the fonts once and reuses them for every card it renders.
 */
import { parentPort } from 'node:worker_threads';
import type { Card } from './card.ts';
import { renderCard } from './render.ts';

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
    (png) => port.postMessage({ id, png, ms: performance.now() - start } satisfies Result),
    (error: unknown) =>
      port.postMessage({
        id,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      } satisfies Result),
  );
});
