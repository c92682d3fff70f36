/**
 * The search index in the built fixture site: it exists, holds exactly the pages
 * marked for indexing (entries and standalone pages, not lists), carries the
 * filters and metadata the search page reads, and no page but /search/ ships
 * search code.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { readFragment } from '../../src/search/date-order.ts';
import { DATE_ORDER_FILE } from '../../src/search/pagefind-api.ts';

const dist = inject('fixtureDist');

function htmlFiles(dir = dist): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? htmlFiles(path.join(dir, d.name)) : d.name.endsWith('.html') ? [path.join(dir, d.name)] : [],
  );
}

const route = (file: string) => `/${path.relative(dist, file).replace(/index\.html$/u, '')}`;
const html = (r: string) => readFileSync(path.join(dist, r, 'index.html'), 'utf8');
const indexed = (page: string) => /<main[^>]*\bdata-pagefind-body\b/u.test(page);

describe('search index', () => {
  it('is written by the build, in one Chinese index, with every page marked for it', () => {
    const entry = JSON.parse(readFileSync(path.join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      version: string;
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.version).toBe('1.6.0');
    expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
    const marked = htmlFiles().filter((f) => indexed(readFileSync(f, 'utf8')));
    expect(entry.languages['zh-cn']?.page_count).toBe(marked.length);
    expect(existsSync(path.join(dist, 'pagefind/pagefind.js'))).toBe(true);
  });

  it('indexes entries and standalone pages, not lists, the home page or the search page', () => {
    for (const r of ['/forum/2026/', '/news/2026-01-21-pingjia-tongzhi/', '/toolkits/canhui-huizhibiao/', '/about/']) {
      expect(indexed(html(r)), r).toBe(true);
    }
    for (const r of ['/', '/news/', '/policies/page/2/', '/stories/provinces/', '/towns/', '/search/']) {
      expect(indexed(html(r)), r).toBe(false);
    }
    expect(indexed(readFileSync(path.join(dist, '404.html'), 'utf8'))).toBe(false);
  });

  it('gives results their section, date, year and province', () => {
    const story = html('/stories/fixture-zhejiang-story/');
    expect(story).toContain('data-pagefind-filter="section:镇域故事"');
    expect(story).toContain('data-pagefind-meta="date:2026-05-10"');
    expect(story).toContain('data-pagefind-filter="year:2026"');
    expect(story).toMatch(/data-pagefind-filter="province"[^>]*>浙江省</u);
    const forum = html('/forum/2026/');
    expect(forum).toContain('data-pagefind-meta="date:2026-04-03"');
    expect(forum).toContain('data-pagefind-filter="year:2026"');
  });

  it('keeps the date order out of the index, in a file of its own with every dated page', () => {
    // Pagefind's own sort would put an ordering of every page into pf_meta, which every query loads.
    expect(htmlFiles().filter((f) => readFileSync(f, 'utf8').includes('data-pagefind-sort'))).toEqual([]);
    const order = JSON.parse(readFileSync(path.join(dist, 'pagefind', DATE_ORDER_FILE), 'utf8')) as string[];
    const dated = htmlFiles().filter((f) => {
      const page = readFileSync(f, 'utf8');
      return indexed(page) && /data-pagefind-meta="date:\d{4}-\d{2}-\d{2}"/u.test(page);
    });
    expect(order).toHaveLength(dated.length);
    const urls = order.map(
      (id) => readFragment(id, readFileSync(path.join(dist, 'pagefind/fragment', `${id}.pf_fragment`))).url,
    );
    expect(urls.sort()).toEqual(dated.map(route).sort());
  });

  it('keeps header, footer and breadcrumbs out of the indexed text', () => {
    const page = html('/news/2026-01-21-pingjia-tongzhi/');
    expect(page).toMatch(/<header[^>]*class="site-header[^"]*"[^>]*data-pagefind-ignore/u);
    expect(page).toMatch(/<footer[^>]*data-pagefind-ignore/u);
    expect(page).toMatch(/<nav[^>]*class="breadcrumbs[^"]*"[^>]*data-pagefind-ignore/u);
  });

  it('keeps page furniture inside articles out of the indexed text: back links, copy buttons, WeChat hints', () => {
    const dir = path.join(dist, 'pagefind/fragment');
    const fragments = readdirSync(dir).map((f) => {
      const text = gunzipSync(readFileSync(path.join(dir, f))).toString('utf8');
      const { url, content } = JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
      return { url, content: content.replace(/\u200b/gu, '') };
    });
    expect(fragments.filter((f) => f.content.includes('回执')).length).toBeGreaterThan(1);
    // 复制 of a copy button, not the 可复制 of running text.
    for (const furniture of [/返回论坛详情与议程/u, /在微信里/u, /(?<!可)复制/u]) {
      expect(
        fragments.filter((f) => furniture.test(f.content)).map((f) => f.url),
        String(furniture),
      ).toEqual([]);
    }
  });
});

describe('search code', () => {
  it('is loaded by /search/ only, as an external module (no inline script under the CSP)', () => {
    const search = html('/search/');
    const scripts = [...search.matchAll(/<script\b([^>]*)>/gu)].map((m) => m[1] ?? '');
    expect(scripts.filter((a) => !a.includes('application/ld+json')).every((a) => /\bsrc="\/_astro\//u.test(a))).toBe(
      true,
    );
    const searchScript = /<script[^>]*src="(\/_astro\/search[^"]*\.js)"/u.exec(search)?.[1];
    expect(searchScript).toBeDefined();
    for (const file of htmlFiles().filter((f) => route(f) !== '/search/')) {
      const page = readFileSync(file, 'utf8');
      expect(page.includes(searchScript!) || page.includes('/pagefind/'), route(file)).toBe(false);
    }
  });

  it('does not carry the content types: sections and provinces come from the page’s own form', () => {
    const search = html('/search/');
    const modules = new Set<string>();
    const visit = (file: string) => {
      if (modules.has(file)) return;
      modules.add(file);
      const code = readFileSync(path.join(dist, file), 'utf8');
      for (const m of code.matchAll(/from\s*"\.\/([^"]+\.js)"/gu)) visit(`/_astro/${m[1]}`);
    };
    for (const m of search.matchAll(/<script[^>]*src="(\/_astro\/[^"]+\.js)"/gu)) visit(m[1]!);
    const code = [...modules].map((f) => readFileSync(path.join(dist, f), 'utf8')).join('\n');
    // A field hint from src/schemas/fields.ts, and a province slug from src/schemas/provinces.ts.
    expect(code).not.toContain('格式 YYYY-MM-DD');
    expect(code).not.toContain('heilongjiang');
    // The form offers what the server rendered from those lists.
    expect(search).toMatch(/<option value="stories"[^>]*>镇域故事<\/option>/u);
  });

  it('does not show the development notice in a production build', () => {
    expect(html('/search/')).not.toContain('astro dev');
  });
});
