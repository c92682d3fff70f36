/**
 * Where a page's share card lives in the built site: one PNG per page under /og/,
 * mirroring the page's path so a reader (or an editor) can guess it.
 * @example ogImagePath('/news/2026-01-21-pingjia-tongzhi/') // '/og/news/2026-01-21-pingjia-tongzhi.png'
 * @example ogImagePath('/') // '/og/index.png'
 */
export function ogImagePath(pathname: string): string {
  const trimmed = pathname.replace(/(?:\/index\.html|\.html)$/, '').replace(/^\/+|\/+$/g, '');
  return `/og/${trimmed || 'index'}.png`;
}
