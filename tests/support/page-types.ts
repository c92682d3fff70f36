import { pageTypes as builtPageTypes } from '../../scripts/lib/page-types.ts';

/**
 * One URL path per page type of a built site (scripts/lib/page-types.ts), plus a missing
 * page, to test the 404 page.
 * @example pageTypes(dist) // ['/', '/about/', …, '/404-fixture-missing/']
 */
export function pageTypes(dist: string): string[] {
  return [...builtPageTypes(dist), '/404-fixture-missing/'];
}
