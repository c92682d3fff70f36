/** The Atom namespace, for the RSS 2.0 `atom:link rel="self"` that feed validators ask for. */
const ATOM = 'http://www.w3.org/2005/Atom';

/**
 * Channel options for `@astrojs/rss`: the channel links to the page the feed follows (a
 * section feed to its section), and names its own address with `atom:link rel="self"`.
 * @example feedChannel(new URL('https://x.cn/'), '/news/', '/news/rss.xml').site // 'https://x.cn/news/'
 */
export function feedChannel(site: URL, pagePath: string, feedPath: string) {
  const self = new URL(feedPath, site).href;
  return {
    site: new URL(pagePath, site).href,
    xmlns: { atom: ATOM },
    customData: `<language>zh-CN</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
  };
}
