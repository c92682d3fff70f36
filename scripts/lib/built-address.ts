import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The public address a build was made with, read from its home page's canonical link, so
 * tools that check or deploy a build never need the build's environment again.
 * @example builtAddress('dist') // 'https://example.cn/'
 */
export function builtAddress(dist: string): string {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const href = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  if (!href) throw new Error(`${path.join(dist, 'index.html')} 没有 canonical 链接，无法得知构建用的网站地址`);
  return new URL('/', href).href;
}
