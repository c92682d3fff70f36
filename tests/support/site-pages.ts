import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The URL paths of a built site's pages, sorted; moved pages (they only send the reader on) and
 * the CMS are left out. `perShape` keeps only that many of each URL shape (`/news/*\/`,
 * `/rankings/*\/sort/*\/`…), so the thousand generated town pages do not crowd out the rest.
 * @example sitePages(dist) // ['/', '/about/', …, '/towns/zhejiang-anji-xiaofeng/', …]
 * @example sitePages(dist, 3) // up to three pages of each shape
 */
export function sitePages(dist: string, perShape = Infinity): string[] {
  const shapes = new Map<string, number>();
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f === 'index.html' || f.endsWith('/index.html'))
    .sort()
    .filter((f) => !readFileSync(path.join(dist, f), 'utf8').includes('http-equiv="refresh"'))
    .map((f) => `/${f.slice(0, -'index.html'.length)}`)
    .filter((p) => !p.startsWith('/admin/'))
    .filter((p) => {
      const shape = p
        .split('/')
        .map((segment, i) => (i > 1 && segment ? '*' : segment))
        .join('/');
      const seen = shapes.get(shape) ?? 0;
      shapes.set(shape, seen + 1);
      return seen < perShape;
    });
}
