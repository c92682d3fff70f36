import { existsSync } from 'node:fs';
import { chromium, type Browser, type Locator } from 'playwright-core';

const CANDIDATES = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
  (p): p is string => Boolean(p),
);

/** Debian's Chromium, or undefined. */
export const chromiumPath = CANDIDATES.find((p) => existsSync(p));

/**
 * Why browser tests cannot run here, or undefined when they can. In CI a missing
 * Chromium is a failure, never a skip.
 */
export function browserSkipReason(): string | undefined {
  if (chromiumPath) return undefined;
  const reason = `Chromium not found (looked in ${CANDIDATES.join(', ')}); install it with apt-get install chromium`;
  if (process.env['CI'] === 'true') throw new Error(`${reason}. Browser tests may not be skipped in CI.`);
  console.warn(`[skip] ${reason}`);
  return reason;
}

/** Launch headless Chromium with the flags this closed network needs. */
export function launchBrowser(): Promise<Browser> {
  if (!chromiumPath) throw new Error('Chromium not found');
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The natural width of an image once it has loaded, 0 when it is broken or missing. */
export async function imageWidth(image: Locator): Promise<number> {
  if (!(await image.count())) return 0;
  return image.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0));
}
