/**
 * How long /admin/ takes to become usable in a production build: from navigation in a
 * fresh Chromium profile (empty cache) until Decap shows its login button. The built
 * site is served from loopback (no network latency, no compression), so this measures
 * the machine parsing and starting the CMS, not a phone's connection; the bytes are in
 * the page-weight table. A build made without CMS_REPO has a configuration Decap refuses
 * (GitHub needs a repository); the measurement then serves it a placeholder one.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../../tests/support/browser.ts';
import { startServer } from '../lib/static-server.ts';

export interface AdminReady {
  /** Milliseconds from navigation to the login button, one per run. */
  runs: number[];
  /** The middle run. */
  medianMs: number;
}

/**
 * Open /admin/ `times` times, each in a new browser context.
 * Returns undefined when the site has no /admin/ page.
 */
export async function adminReady(dist: string, times = 3): Promise<AdminReady | undefined> {
  if (!existsSync(path.join(dist, 'admin', 'index.html'))) return undefined;
  const server = await startServer({ dir: dist, host: 'localhost' });
  const browser = await launchBrowser();
  try {
    const runs: number[] = [];
    for (let i = 0; i < times; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.route('**/admin/config.yml', async (route) => {
        const config = (await (await route.fetch()).json()) as { backend: { repo?: string } };
        config.backend.repo ??= 'example/site';
        await route.fulfill({ json: config });
      });
      const started = performance.now();
      await page.goto(`${server.url}/admin/`, { waitUntil: 'commit' });
      await page.getByRole('button', { name: /登录/ }).first().waitFor({ timeout: 60_000 });
      runs.push(Math.round(performance.now() - started));
      await context.close();
    }
    const sorted = [...runs].sort((a, b) => a - b);
    return { runs, medianMs: sorted[Math.floor(sorted.length / 2)]! };
  } finally {
    await browser.close();
    await server.close();
  }
}
