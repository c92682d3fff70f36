import { defineConfig } from 'vitest/config';
import { divisionsModule } from './admin/divisions-module.ts';

/**
 * Three levels, one command (`npm test`):
 *  - unit:  pure helpers and schemas, no build, and type-level tests (*.test-d.ts);
 *  - build: the real production build of a fixture site, checked on disk;
 *  - e2e:   the built fixture site served on loopback and driven in real Chromium.
 */
export default defineConfig({
  test: {
    projects: [
      {
        // The CMS's town checks import the divisions module the CMS bundle carries.
        plugins: [divisionsModule()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Type-level tests (*.test-d.ts) run through tsc; they need astro:content's types, which
          // `astro sync` makes (npm run test:unit and npm run check run it first).
          typecheck: { enabled: true, include: ['tests/unit/**/*.test-d.ts'] },
          // Generous: share-card rendering on a busy 2-core machine can take seconds. Not a speed check.
          testTimeout: 30_000,
        },
      },
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
