import { isoDate } from './format-date.ts';

interface ArticleInput {
  type: 'Article' | 'NewsArticle';
  title: string;
  description: string;
  url: string;
  /** Publication on the site: the entry's own date, else the day it first appeared (README, "Decisions"). */
  date?: Date | undefined;
  /** The correspondent who wrote it; without one the center is the author. */
  author?: string | undefined;
  /** The research center: author when no correspondent is named, and publisher. */
  publisher: { name: string; url: string };
  /** Absolute URL of the page's share card. */
  image: string;
}

/**
 * An Article or NewsArticle. No date known → no datePublished rather than an invented one.
 * @example articleLd({ type: 'NewsArticle', title: 'T', description: 'D', url: 'https://x/', publisher: { name: 'P', url: 'https://x/' }, image: 'https://x/og/index.png' })['@type'] // 'NewsArticle'
 */
export function articleLd(a: ArticleInput): Record<string, unknown> {
  const center = { '@type': 'Organization', name: a.publisher.name, url: a.publisher.url };
  return {
    '@context': 'https://schema.org',
    '@type': a.type,
    headline: a.title,
    description: a.description,
    url: a.url,
    mainEntityOfPage: a.url,
    inLanguage: 'zh-CN',
    image: a.image,
    ...(a.date ? { datePublished: isoDate(a.date) } : {}),
    author: a.author ? { '@type': 'Person', name: a.author } : center,
    publisher: center,
  };
}
