/**
 * Whether the search index and the share cards are made inside Astro's build process (its
 * `astro:build:done` hook, as a plain `astro build` does) or as separate steps after Astro's
 * process has exited (`npm run build`, scripts/build.ts, which sets this variable).
 */
export const BUILD_STEPS_ENV = 'BUILD_STEPS';

/**
 * @example postBuildInProcess({ BUILD_STEPS: 'separate' }) // false
 */
export function postBuildInProcess(env: Record<string, string | undefined> = process.env): boolean {
  return env[BUILD_STEPS_ENV] !== 'separate';
}
