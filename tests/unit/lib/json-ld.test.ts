import { describe, expect, it } from 'vitest';
import { articleLd } from '../../../src/lib/article-ld.ts';
import { organization } from '../../../src/lib/json-ld.ts';

describe('structured data', () => {
  it('describes articles and the organization', () => {
    const ld = articleLd({ type: 'NewsArticle', title: 'T', description: 'D', url: 'https://x/n/', publisher: 'P' });
    expect(ld).not.toHaveProperty('datePublished');
    expect(
      articleLd({
        type: 'Article',
        title: 'T',
        description: 'D',
        url: 'u',
        publisher: 'P',
        date: new Date('2026-01-21'),
      }),
    ).toMatchObject({ datePublished: '2026-01-21', inLanguage: 'zh-CN' });
    const org = organization(
      { siteName: '中心', publisher: '报社', contact: { email: 'a@b.cn', phones: ['010-1'] } },
      'https://x/',
    );
    expect(org).toMatchObject({ '@type': 'Organization', parentOrganization: { name: '报社' } });
  });
});
