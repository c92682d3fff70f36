import { defineConfig } from 'vitest/config';

/**
 * Three levels, one command (`npm test`):
 *  - unit:  pure helpers and schemas, no build;
 *  - build: the real production build of a fixture site, checked on disk;
 *  - e2e:   the built fixture site served on loopback and driven in real Chromium.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/global-build.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
