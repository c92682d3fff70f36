import { describe, expect, it } from 'vitest';
import { articleLd } from '../../../src/lib/article-ld.ts';
import { organization } from '../../../src/lib/json-ld.ts';

const base = {
  title: 'T',
  description: 'D',
  url: 'https://x/n/',
  publisher: { name: '中心', url: 'https://x/' },
  image: 'https://x/og/n.png',
};

describe('structured data', () => {
  it('gives articles their share card, and the center as author when no correspondent is named', () => {
    const ld = articleLd({ ...base, type: 'NewsArticle' });
    expect(ld).not.toHaveProperty('datePublished');
    expect(ld).toMatchObject({
      image: 'https://x/og/n.png',
      author: { '@type': 'Organization', name: '中心', url: 'https://x/' },
      publisher: { '@type': 'Organization', name: '中心' },
    });
  });

  it('names the correspondent and the date when known', () => {
    expect(articleLd({ ...base, type: 'Article', date: new Date('2026-01-21'), author: '通讯员甲' })).toMatchObject({
      datePublished: '2026-01-21',
      inLanguage: 'zh-CN',
      author: { '@type': 'Person', name: '通讯员甲' },
    });
  });

  it('describes the organization', () => {
    const org = organization(
      { siteName: '中心', publisher: '报社', contact: { email: 'a@b.cn', phones: ['010-1'] } },
      'https://x/',
    );
    expect(org).toMatchObject({ '@type': 'Organization', parentOrganization: { name: '报社' } });
  });
});
