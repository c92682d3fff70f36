import { describe, expect, it } from 'vitest';
import { articleLd } from '../../../src/lib/article-ld.ts';
import { webPageLd } from '../../../src/lib/web-page-ld.ts';
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

describe('webPageLd', () => {
  it('describes a page to fill in, with no article fields and no date', () => {
    const ld = webPageLd({
      title: '镇域发展问卷',
      description: 'D',
      url: 'https://x.cn/forms/questionnaire/',
      publisher: { name: 'P', url: 'https://x.cn/' },
      image: 'https://x.cn/og/forms/questionnaire.png',
    });
    expect(ld).toMatchObject({ '@type': 'WebPage', name: '镇域发展问卷', publisher: { '@type': 'Organization' } });
    expect(ld).not.toHaveProperty('datePublished');
    expect(ld).not.toHaveProperty('headline');
  });
});
