interface WebPageInput {
  title: string;
  description: string;
  url: string;
  /** The research center, who publishes the page. */
  publisher: { name: string; url: string };
  /** Absolute URL of the page's share card. */
  image: string;
}

/**
 * A WebPage: a page to fill in (an online form) is no article, and has no publication date of
 * its own to give an Article's datePublished.
 * @example webPageLd({ title: 'T', description: 'D', url: 'https://x/', publisher: { name: 'P', url: 'https://x/' }, image: 'https://x/og/index.png' })['@type'] // 'WebPage'
 */
export function webPageLd(p: WebPageInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    name: p.title,
    description: p.description,
    url: p.url,
    inLanguage: 'zh-CN',
    image: p.image,
    publisher: { '@type': 'Organization', name: p.publisher.name, url: p.publisher.url },
  };
}
