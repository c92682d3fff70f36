import path from 'node:path';

/** Repository root. */
export const ROOT = path.resolve(import.meta.dirname, '../..');
/** Where tests build and keep throwaway sites (ignored by git). */
export const TEST_CACHE = path.resolve(ROOT, process.env['TEST_CACHE_DIR'] ?? '.cache/tests');
/** The fixture site: the real content plus the overlay in tests/fixtures/overlay. */
export const FIXTURE_CONTENT = path.join(TEST_CACHE, 'fixture-content');
export const FIXTURE_DIST = path.join(TEST_CACHE, 'fixture-dist');
/** What the fixture site's build printed (tests/support/global-build.ts), for tests of its log lines. */
export const FIXTURE_BUILD_LOG = path.join(TEST_CACHE, 'fixture-build.log');
