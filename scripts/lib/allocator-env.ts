/**
 * Settings for mimalloc, the memory allocator inside Rolldown's native module (Vite's bundler,
 * used by the CMS bundle and by Astro). By default mimalloc commits whole arenas up front and
 * returns freed pages late, so the process holds far more than it uses: these two make it
 * commit on demand and give freed memory back at once. The build's peak drops by about a
 * quarter for a second or two more (figures: scripts/README.md). Values already set in the
 * environment win. Pagefind does not use mimalloc and ignores them.
 */
export function allocatorEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return {
    MIMALLOC_ARENA_EAGER_COMMIT: '0',
    MIMALLOC_PURGE_DELAY: '0',
    ...env,
  };
}
