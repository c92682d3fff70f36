import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { startServer, type RunningServer } from '../../scripts/lib/static-server.ts';
import { launchBrowser } from './browser.ts';

/** Serve the fixture site built by the global setup, with production headers, on a free loopback port. */
export function serveFixture(): Promise<RunningServer> {
  return startServer({ dir: inject('fixtureDist'), port: 0 });
}

/**
 * For a browser test file: serve the fixture site and launch Chromium once, close both at the end.
 * Read `site.browser` and `site.server` inside tests (they are set in beforeAll).
 */
export function useFixtureBrowser(): { browser: Browser; server: RunningServer } {
  const site = {} as { browser: Browser; server: RunningServer };
  beforeAll(async () => {
    site.server = await serveFixture();
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
