import { readdirSync } from 'node:fs';

/** Path segments that are part of a route's shape rather than a variable. */
const LITERALS = new Set(['page', 'provinces', 'towns']);

/**
 * One URL path per page type of a built site: `/news/a/` and `/news/b/` are the
 * same type (`/news/*‍/`), so only the first is kept. The admin app has its own
 * tests and policy and is left out.
 * @example pageTypes(dist) // ['/', '/about/', '/forum/', '/forum/2026/', …]
 */
export function pageTypes(dist: string): string[] {
  const paths = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f === 'index.html' || f.endsWith('/index.html'))
    .map((f) => `/${f.slice(0, -'index.html'.length)}`)
    .filter((p) => !p.startsWith('/admin/'))
    .sort();
  const byShape = new Map<string, string>();
  for (const p of paths) {
    const segments = p.split('/').filter(Boolean);
    const shape = segments.map((s, i) => (i === 0 || LITERALS.has(s) ? s : '*')).join('/');
    if (!byShape.has(shape)) byShape.set(shape, p);
  }
  return [...byShape.values()];
}
