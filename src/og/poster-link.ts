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

/**
 * The poster page's way back, named for the page the poster is for: a town's page is not an article.
 * @example posterBackLabel('/towns/zhejiang-anji-xiaofeng/') // '返回镇的页面'
 * @example posterBackLabel('/news/x/') // '返回文章'
 */
export function posterBackLabel(pathname: string): string {
  if (pathname.startsWith('/towns/')) return '返回镇的页面';
  if (pathname.startsWith('/forum/')) return '返回论坛页面';
  return '返回文章';
}
