import { describe, expect, it } from 'vitest';
import { explainBuildError } from '../../scripts/lib/explain-error.ts';
import { articleLd } from '../../src/lib/article-ld.ts';
import { contentDir } from '../../src/lib/content-dir.ts';
import { entryId } from '../../src/lib/entry-id.ts';
import { entryUrl } from '../../src/lib/entry-url.ts';
import { FEED_SIZE, feedItems } from '../../src/lib/feed-items.ts';
import { formatDate, isoDate } from '../../src/lib/format-date.ts';
import { headersFor, parseHeaders } from '../../scripts/lib/headers-file.ts';
import { organization } from '../../src/lib/json-ld.ts';
import { paginate } from '../../src/lib/paginate.ts';
import { PROVINCES, provinceSlug } from '../../src/schemas/provinces.ts';
import { published } from '../../src/lib/published.ts';
import { SECTIONS, section } from '../../src/lib/sections.ts';

const entry = (id: string, title: string, date?: string, draft?: boolean) => ({
  id,
  data: { title, ...(date ? { date: new Date(date) } : {}), ...(draft === undefined ? {} : { draft }) },
});

describe('published', () => {
  it('drops drafts and sorts newest first, undated last', () => {
    const list = published([
      entry('a', '甲', '2026-01-01'),
      entry('b', '乙'),
      entry('c', '丙', '2026-03-01'),
      entry('d', '丁', '2026-02-01', true),
    ]);
    expect(list.map((e) => e.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('paginate', () => {
  it('makes /section/ then /section/page/N/', () => {
    const pages = paginate(
      Array.from({ length: 45 }, (_, i) => i),
      20,
      '/news/',
    );
    expect(pages.map((p) => p.url)).toEqual(['/news/', '/news/page/2/', '/news/page/3/']);
    expect(pages[2]!.items).toHaveLength(5);
    expect(pages[0]!.prev).toBeUndefined();
    expect(pages[1]!.prev).toBe('/news/');
    expect(pages[1]!.next).toBe('/news/page/3/');
  });

  it('gives an empty section one empty page', () => {
    expect(paginate([], 20, '/policies/')).toEqual([
      { items: [], current: 1, total: 1, url: '/policies/', prev: undefined, next: undefined },
    ]);
  });
});

describe('ids and URLs', () => {
  it('accepts ASCII slugs and rejects Chinese file names, naming the file', () => {
    expect(entryId('2026-01-21-pingjia-tongzhi.md', 'news')).toBe('2026-01-21-pingjia-tongzhi');
    expect(() => entryId('评价通知.md', 'news')).toThrow('content/news/评价通知.md');
    expect(() => entryId('Upper Case.md', 'news')).toThrow(/文件名/);
  });

  it('builds entry URLs; standalone pages live at the root', () => {
    expect(entryUrl('news', 'a')).toBe('/news/a/');
    expect(entryUrl('pages', 'about')).toBe('/about/');
  });

  it('maps every province to a unique ASCII slug', () => {
    expect(PROVINCES).toHaveLength(34);
    expect(new Set(PROVINCES.map((p) => p.slug)).size).toBe(34);
    expect(provinceSlug('浙江省')).toBe('zhejiang');
    expect(() => provinceSlug('浙江')).toThrow('未知省份');
  });

  it('knows every section', () => {
    expect(SECTIONS.map((s) => s.key)).toEqual(['forum', 'news', 'research', 'policies', 'toolkits', 'stories']);
    expect(section('toolkits').label).toBe('工具包');
  });

  it('reads CONTENT_DIR', () => {
    expect(contentDir({})).toMatch(/content$/);
    expect(contentDir({ CONTENT_DIR: '/tmp/x' })).toBe('/tmp/x');
  });
});

describe('dates', () => {
  it('formats in Beijing time', () => {
    expect(formatDate(new Date('2026-04-03'))).toBe('2026年4月3日');
    // 20:00 UTC on 2 April is already 3 April in Beijing.
    expect(isoDate(new Date('2026-04-02T20:00:00Z'))).toBe('2026-04-03');
  });
});

describe('feeds and structured data', () => {
  it('gives RSS items without inventing dates', () => {
    const [dated, undated] = feedItems([
      { id: 'a', collection: 'news', data: { title: 'T', summary: 'S', date: new Date('2026-01-21') } },
      { id: 'b', collection: 'research', data: { title: 'U', summary: 'V' } },
    ]);
    expect(dated).toMatchObject({ link: '/news/a/', pubDate: new Date('2026-01-21') });
    expect(undated).not.toHaveProperty('pubDate');
  });

  it('keeps feeds to the newest entries', () => {
    const many = Array.from({ length: 120 }, (_, i) => ({
      id: `n${i}`,
      collection: 'news',
      data: { title: 'T', summary: 'S' },
    }));
    expect(feedItems(many)).toHaveLength(FEED_SIZE);
    expect(feedItems(many)[0]!.link).toBe('/news/n0/');
  });

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

describe('_headers files', () => {
  const rules = parseHeaders('# comment\n/*\n  X-Frame-Options: DENY\n  A: 1\n/admin/*\n  A: 2\n');
  it('applies matching rules, later ones winning', () => {
    expect(headersFor(rules, '/news/')).toEqual({ 'X-Frame-Options': 'DENY', A: '1' });
    expect(headersFor(rules, '/admin/')).toEqual({ 'X-Frame-Options': 'DENY', A: '2' });
  });
  it('rejects a header line outside a rule', () => {
    expect(() => parseHeaders('  A: 1')).toThrow('_headers');
  });
});

describe('build error messages', () => {
  it('names the file and each field', () => {
    const astro = '**news → bad-one** data does not match collection schema.\n\n  **title**: 「标题」应为文字\n';
    const [file, field] = explainBuildError(astro, '/nowhere/content').split('\n');
    expect(file).toMatch(/^内容有误：.*nowhere\/content\/news\/bad-one$/);
    expect(field).toBe('  字段 title：「标题」应为文字');
  });
  it('passes other errors through', () => {
    expect(explainBuildError('boom', '/x')).toBe('boom');
  });
});
