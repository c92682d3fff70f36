import { describe, expect, it } from 'vitest';
import { entryPageFiles } from '../../../src/dates/entry-pages.ts';
import { sitemapLastmod } from '../../../src/dates/sitemap-lastmod.ts';
import { contentTypes } from '../../../src/schemas/index.ts';

const folders: Record<string, string[]> = {
  news: ['a.md', 'notes.txt'],
  pages: ['about.md'],
  forms: ['questionnaire.md'],
  rankings: ['2025-500-qiang.md', 'data.csv'],
  settings: ['site.json'],
};
const list = (folder: string) => folders[folder.split('/').at(-1)!] ?? [];

describe('entryPageFiles', () => {
  it("maps an entry's page to its file, and leaves out pages that show more than one file", () => {
    const pages = entryPageFiles('/c', contentTypes, list);
    expect(Object.fromEntries(pages)).toEqual({
      '/news/a/': '/c/news/a.md',
      '/about/': '/c/pages/about.md',
      '/forms/questionnaire/': '/c/forms/questionnaire.md',
    });
  });
});

describe('sitemapLastmod', () => {
  it("gives an entry's page the last change of its file, and other pages none", () => {
    const changed = (file: string) => (file === '/c/news/a.md' ? new Date('2026-11-26T15:29:25Z') : undefined);
    const serialize = sitemapLastmod('/c', changed, list);
    expect(serialize({ url: 'https://x.cn/news/a/' })).toEqual({
      url: 'https://x.cn/news/a/',
      lastmod: '2026-11-26T15:29:25.000Z',
    });
    expect(serialize({ url: 'https://x.cn/about/' })).toEqual({ url: 'https://x.cn/about/' });
    expect(serialize({ url: 'https://x.cn/news/' })).toEqual({ url: 'https://x.cn/news/' });
  });
});
