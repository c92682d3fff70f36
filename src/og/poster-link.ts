/** Path of the poster page (`src/pages/share/index.astro`). */
export const POSTER_PAGE = '/share/';

/**
 * Link to the WeChat poster of a page. The article itself loads no script: the poster
 * page alone does, and only when a reader follows this link.
 * @example posterHref('/news/x/') // '/share/?p=%2Fnews%2Fx%2F'
 */
export function posterHref(pathname: string): string {
  return `${POSTER_PAGE}?p=${encodeURIComponent(pathname)}`;
}

/**
 * The page a poster is for, from the poster page's query string: a same-site path only,
 * so the poster can never be made to show (or link to) another site.
 * @example posterTarget('?p=%2Fnews%2Fx%2F') // '/news/x/'
 * @example posterTarget('?p=https://evil.example/') // undefined
 */
export function posterTarget(search: string): string | undefined {
  const p = new URLSearchParams(search).get('p');
  if (!p || !p.startsWith('/') || p.startsWith('//') || p.includes('\\')) return undefined;
  const url = new URL(p, 'https://same.site');
  if (url.origin !== 'https://same.site' || url.pathname.startsWith(POSTER_PAGE)) return undefined;
  return url.pathname;
}

/** A kind of page a poster can be for: its URL base and the name readers know it by. */
export interface PosterBack {
  base: string;
  name: string;
}

/**
 * The poster page's way back, named for the page the poster is for: the kind with the longest
 * base the path starts with, out of the kinds the share page lists (`posterBacks`).
 * @example posterBackLabel('/projects/x/', [{ base: '/', name: '页面' }, { base: '/projects/', name: '招商项目' }]) // '返回招商项目'
 */
export function posterBackLabel(pathname: string, backs: readonly PosterBack[]): string {
  const to = backs.filter((b) => pathname.startsWith(b.base)).sort((a, b) => b.base.length - a.base.length)[0];
  return `返回${to?.name ?? '页面'}`;
}
