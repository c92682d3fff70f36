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

/**
 * Where a town page's WeChat poster lives in the built site, beside the share cards.
 * @example posterImagePath('/towns/zhejiang-anji-xiaofeng/') // '/og/posters/towns/zhejiang-anji-xiaofeng.png'
 */
export function posterImagePath(pathname: string): string {
  return ogImagePath(pathname).replace(/^\/og\//, '/og/posters/');
}
