import { rankingUrls } from '../rankings/urls.ts';
import type { ContentType } from '../schemas/fields.ts';
import { contentTypes } from '../schemas/index.ts';
import type { PosterBack } from './poster-link.ts';

/**
 * The kinds of page a poster can be for, from the definitions: each content type with pages, by
 * its section's name (as in the header and the breadcrumbs), else by what one entry is called; and
 * a town's page. The share page hands them to its script, which so loads no definitions.
 * @example posterBacks().find((b) => b.base === '/projects/') // { base: '/projects/', name: '招商项目' }
 */
export function posterBacks(types: readonly ContentType[] = contentTypes): PosterBack[] {
  return [
    ...types.flatMap((t) => (t.urlBase ? [{ base: t.urlBase, name: t.section ? t.label : t.labelSingular }] : [])),
    { base: rankingUrls.towns, name: '镇的页面' },
  ];
}
