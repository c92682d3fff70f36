import { isoDate } from './format-date.ts';

interface ArticleInput {
  type: 'Article' | 'NewsArticle';
  title: string;
  description: string;
  url: string;
  date?: Date | undefined;
  author?: string | undefined;
  publisher: string;
}

/**
 * An Article or NewsArticle. Undated entries get no datePublished rather than an invented one.
 * @example articleLd({ type: 'NewsArticle', title: 'T', description: 'D', url: 'https://x/', publisher: 'P' })['@type'] // 'NewsArticle'
 */
export function articleLd(a: ArticleInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': a.type,
    headline: a.title,
    description: a.description,
    url: a.url,
    mainEntityOfPage: a.url,
    inLanguage: 'zh-CN',
    ...(a.date ? { datePublished: isoDate(a.date) } : {}),
    ...(a.author ? { author: { '@type': 'Person', name: a.author } } : {}),
    publisher: { '@type': 'Organization', name: a.publisher },
  };
}
