import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pageTypes as builtPageTypes } from '../../scripts/lib/page-types.ts';

/**
 * One URL path per page type of a built site (scripts/lib/page-types.ts), plus a missing
 * page, to test the 404 page.
 * @example pageTypes(dist) // ['/', '/about/', …, '/404-fixture-missing/']
 */
export function pageTypes(dist: string): string[] {
  return [...builtPageTypes(dist), '/404-fixture-missing/'];
}

/**
 * Where a moved page's refresh (MovedPage, after 0 s) sends the reader, read from the built page;
 * undefined for a page that stays.
 * @example refreshTarget(dist, '/stories/towns/') // '/towns/'
 */
export function refreshTarget(dist: string, p: string): string | undefined {
  if (p.startsWith('/404')) return undefined;
  const html = readFileSync(path.join(dist, p, 'index.html'), 'utf8');
  return /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1];
}
