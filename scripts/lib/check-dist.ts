import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { builtAddress } from './built-address.ts';
import { checkLinks, type LinkReport } from './link-check.ts';

/**
 * Link integrity of a built site on disk (npm run check-links, npm run deploy): every
 * internal link and asset resolves. The site's own origin is read from the build.
 */
export function checkDist(dist: string): LinkReport & { pages: number } {
  if (!existsSync(path.join(dist, 'index.html'))) throw new Error(`${dist} 中没有 index.html：请先运行 npm run build`);
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).map((f) => f.split(path.sep).join('/'));
  const pages = new Map(
    files.filter((f) => f.endsWith('.html')).map((f) => [f, readFileSync(path.join(dist, f), 'utf8')]),
  );
  const exists = (file: string) => {
    const full = path.join(dist, file);
    return full.startsWith(dist) && existsSync(full) && statSync(full).isFile();
  };
  return { ...checkLinks(pages, exists, builtAddress(dist)), pages: pages.size };
}
