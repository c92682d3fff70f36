/**
 * Dates readers see come from the entry's front matter or from git history, never from a cache
 * or the clock (README, "Decisions"). The real content, committed to a throwaway git repository at
 * fixed test dates, is built after a copy of the same content in another folder, with one Astro
 * cache for both: the data store the first build leaves must not change a date of the second.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, makeContent } from '../support/build-site.ts';
import { commitAll } from '../support/git-repo.ts';
import { TEST_CACHE } from '../support/paths.ts';

const other = path.join(TEST_CACHE, 'dates-other');
const repo = path.join(TEST_CACHE, 'dates-content');
const dist = path.join(TEST_CACHE, 'dates-dist');
const cache = path.join(TEST_CACHE, 'dates-astro-cache');
/** When the throwaway repository's commits were made: test dates, far from any build's clock. */
const FIRST = '2025-01-02T12:00:00+08:00';
const SECOND = '2025-03-04T12:00:00+08:00';
/** Changed in the second commit. */
const EDITED = 'research/pingjia-zhibiao-tixi.md';
const UNCOMMITTED = 'research/fixture-uncommitted.md';

/** The entry file of a page path: `/research/a/` → `research/a.md`; the forum has its own route. */
function entryFile(route: string): string {
  const [, section, id] = route.split('/');
  return path.join(repo, section!, `${id!}.md`);
}

/** The date an entry's front matter gives, if any. */
function ownDate(file: string): string | undefined {
  return /^date:\s*(\d{4}-\d\d-\d\d)\s*$/m.exec(readFileSync(file, 'utf8'))?.[1];
}

/** The datePublished of a page's Article or NewsArticle. */
function datePublished(route: string): unknown {
  const html = readFileSync(path.join(dist, route, 'index.html'), 'utf8');
  const lds = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1]!) as Record<string, unknown>,
  );
  return lds.find((ld) => ld['@type'] === 'Article' || ld['@type'] === 'NewsArticle')?.['datePublished'];
}

describe('dates with a stale data store from another content folder', () => {
  beforeAll(() => {
    rmSync(cache, { recursive: true, force: true });
    makeContent(other);
    makeContent(repo);
    commitAll(repo, '测试：全部内容', FIRST);
    writeFileSync(path.join(repo, EDITED), `${readFileSync(path.join(repo, EDITED), 'utf8')}\n测试修改。\n`);
    commitAll(repo, '测试：修改一篇', SECOND);
    // Work in progress: no date in its front matter and none in git.
    writeFileSync(
      path.join(repo, UNCOMMITTED),
      '---\ntitle: 测试用未提交的研究成果\nsummary: 测试用，尚未提交到 git。\nkind: 研究解读\nstatus: 已发布\n---\n\n测试正文。\n',
    );
    const env = { ASTRO_CACHE_DIR: cache, SKIP_OG: '1', SKIP_SEARCH: '1' };
    for (const content of [other, repo]) {
      const result = buildSite({ content, out: dist, env });
      expect(result.ok, result.output).toBe(true);
    }
  });

  it('dates every feed item and Article by its front matter, else by the commit that added its file', async () => {
    const feed = await new Parser().parseString(readFileSync(path.join(dist, 'rss.xml'), 'utf8'));
    expect(feed.items.length).toBeGreaterThan(5);
    for (const item of feed.items) {
      const route = new URL(item.link!).pathname;
      if (route === '/research/fixture-uncommitted/') continue;
      const own = ownDate(entryFile(route));
      const expected = own ? new Date(own) : new Date(FIRST);
      expect(item.isoDate, route).toBe(expected.toISOString());
      // A forum edition's own date is the day it meets; its page appeared when its file did.
      const published = route.startsWith('/forum/') ? undefined : own;
      expect(datePublished(route), route).toBe(published ?? FIRST.slice(0, 10));
    }
  });

  it('gives an undated entry that git does not know no date at all, never the clock', async () => {
    const feed = await new Parser().parseString(readFileSync(path.join(dist, 'rss.xml'), 'utf8'));
    const item = feed.items.find((i) => i.link?.endsWith('/research/fixture-uncommitted/'));
    expect(item?.title).toBe('测试用未提交的研究成果');
    expect(item?.pubDate).toBeUndefined();
    expect(datePublished('/research/fixture-uncommitted/')).toBeUndefined();
  });

  it("gives an entry's page <lastmod>, its file's last commit, and other pages none", () => {
    const sitemap = readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8');
    const lastmod = new Map(
      [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?/g)].map((m) => [
        new URL(m[1]!).pathname,
        m[2],
      ]),
    );
    expect(lastmod.get('/research/pingjia-zhibiao-tixi/')).toBe(new Date(SECOND).toISOString());
    for (const route of ['/research/2024-500-qiang-zhen/', '/toolkits/canhui-huizhibiao/', '/forum/2026/', '/about/']) {
      expect(lastmod.get(route), route).toBe(new Date(FIRST).toISOString());
    }
    expect(lastmod.get('/forms/questionnaire/')).toBe(new Date(FIRST).toISOString());
    expect(lastmod.has('/research/fixture-uncommitted/')).toBe(true);
    for (const route of ['/', '/research/', '/forum/2026/register/', '/research/fixture-uncommitted/']) {
      expect(lastmod.get(route), route).toBeUndefined();
    }
  });
});
