/**
 * Settings for mimalloc, the memory allocator inside two native modules: Rolldown (Vite's
 * bundler, used by the CMS bundle and by Astro) and resvg (share cards). Each reads them once,
 * when its process starts, so scripts/build.ts sets them per step. Values already set in the
 * environment win; Pagefind does not use mimalloc. `npm run bench` reports each step's peak.
 *
 * - `bundle`: mimalloc commits whole arenas up front and returns freed pages late, so the
 *   bundler holds far more than it uses. Commit on demand and give memory back at once: the
 *   build's peak drops by about a quarter, for a second or two more of bundling.
 * - `draw`: resvg allocates and frees a 1200×630 canvas (3 MB) per card. Given back at once, it
 *   is faulted in again for the next card, which cost a third of resvg's time. Keep freed pages.
 */
export function allocatorEnv(env: NodeJS.ProcessEnv, use: 'bundle' | 'draw'): NodeJS.ProcessEnv {
  const settings =
    use === 'bundle' ? { MIMALLOC_ARENA_EAGER_COMMIT: '0', MIMALLOC_PURGE_DELAY: '0' } : { MIMALLOC_PURGE_DELAY: '-1' };
  return { ...settings, ...env };
}
