/**
 * The fixture build as tools nobody here wrote read it: the Nu Html Checker, a feed parser,
 * the schema.org vocabulary, a calendar parser. (The seed build gets the same HTML check in
 * real-content.test.ts.)
 */
import ical, { type VEvent } from 'node-ical';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Parser from 'rss-parser';
import { describe, expect, inject, it } from 'vitest';
import { schemaOrgProblems } from '../support/schema-org.ts';
import { vnuErrors, vnuSkipReason } from '../support/vnu.ts';

const dist = inject('fixtureDist');
const SITE = 'https://gyxz.example.cn';

function files(ext: string, dir = dist): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(ext, path.join(dir, d.name)) : d.name.endsWith(ext) ? [path.join(dir, d.name)] : [],
  );
}

/** Site path of a built HTML file: `news/a/index.html` → `/news/a/`. */
const route = (file: string) => `/${path.relative(dist, file).split(path.sep).join('/')}`.replace(/index\.html$/, '');
const pages = () =>
  files('.html')
    .filter((f) => !f.includes(`${path.sep}admin${path.sep}`))
    .map((f) => ({ route: route(f), html: readFileSync(f, 'utf8') }));
const noindex = (html: string) => /<meta name="robots" content="noindex/.test(html);

describe('the Nu Html Checker', () => {
  it.skipIf(vnuSkipReason())('finds no error on any page', () => {
    const errors = vnuErrors(dist).map((m) => `${m.url.replace(/^file:.*?fixture-dist/, '')}: ${m.message}`);
    expect(errors).toEqual([]);
  });
});

describe('the sitemap', () => {
  it('lists exactly the indexable pages', () => {
    const listed = [...readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)]
      .map((m) => m[1]!.replace(SITE, ''))
      .sort();
    const indexable = pages()
      .filter((p) => !noindex(p.html) && p.route !== '/404.html')
      .map((p) => p.route)
      .sort();
    expect(listed).toEqual(indexable);
    expect(listed).not.toContain('/search/');
  });
});

describe('the feeds', () => {
  const parser = new Parser<{ 'atom:link'?: { $?: Record<string, string> } }>({
    customFields: { feed: ['atom:link'] },
  });
  const feeds = files('rss.xml').map((f) => route(f).replace(/\/$/, ''));

  it('parse, date every item, name themselves, and link to the page they follow', async () => {
    expect(feeds).toHaveLength(7);
    for (const feedPath of feeds) {
      const feed = await parser.parseString(readFileSync(path.join(dist, feedPath), 'utf8'));
      const self = feed['atom:link']?.$;
      expect(self, feedPath).toEqual({ href: `${SITE}${feedPath}`, rel: 'self', type: 'application/rss+xml' });
      expect(feed.link, feedPath).toBe(`${SITE}${feedPath.replace(/rss\.xml$/, '')}`);
      for (const item of feed.items) {
        expect(item.isoDate, `${feedPath}: ${item.title}`).toMatch(/^\d{4}-\d\d-\d\dT/);
        expect(item.link?.startsWith(`${SITE}/`)).toBe(true);
      }
    }
    const site = await parser.parseString(readFileSync(path.join(dist, 'rss.xml'), 'utf8'));
    expect(site.items.length).toBeGreaterThan(10);
    // Newest first, by the date each item carries.
    const times = site.items.map((i) => Date.parse(i.isoDate!));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
});

describe('JSON-LD', () => {
  const all = () =>
    pages().flatMap((p) =>
      [...p.html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => ({
        route: p.route,
        ld: JSON.parse(m[1]!) as Record<string, unknown>,
      })),
    );

  it('is checked by a validator that knows the vocabulary', () => {
    const wrong = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headlin: 'T',
      datePublished: '去年',
      author: { '@type': 'Persn', name: 'x' },
    };
    expect(schemaOrgProblems(wrong)).toEqual([
      'NewsArticle: NewsArticle has no property "headlin"',
      'NewsArticle.author: @type Persn is not a schema.org type',
      'NewsArticle/datePublished: must match format "date"',
    ]);
  });

  it('is valid against the schema.org vocabulary on every page', () => {
    const problems = all().flatMap(({ route: r, ld }) => schemaOrgProblems(ld).map((p) => `${r}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('gives every article its share card, an author and its date (the fixture is all committed)', () => {
    const articles = all().filter(({ ld }) => ld['@type'] === 'Article' || ld['@type'] === 'NewsArticle');
    expect(articles.length).toBeGreaterThan(10);
    for (const { route: r, ld } of articles) {
      expect(ld['image'], r).toBe(`${SITE}/og${r.replace(/\/$/, '')}.png`);
      expect(['Person', 'Organization'], r).toContain((ld['author'] as { '@type'?: string } | undefined)?.['@type']);
      expect(ld['datePublished'], r).toMatch(/^\d{4}-\d\d-\d\d$/);
    }
    const byRoute = new Map(articles.map((a) => [a.route, a.ld]));
    expect(byRoute.get('/news/2026-01-21-pingjia-tongzhi/')).toMatchObject({
      '@type': 'NewsArticle',
      datePublished: '2026-01-21',
      author: { '@type': 'Organization', name: '中国工业报社工业小镇研究中心' },
    });
    expect(byRoute.get('/stories/fixture-zhejiang-story/')).toMatchObject({
      author: { '@type': 'Person', name: '测试通讯员甲' },
    });
    // Undated research: published on the site the day its file first appeared (git), not an invented report date.
    expect(byRoute.get('/research/pingjia-zhibiao-tixi/')?.['datePublished']).toMatch(/^\d{4}-\d\d-\d\d$/);
  });

  it('describes the online forms as WebPages, not as undated Articles', () => {
    for (const form of ['/forum/2026/register/', '/forms/questionnaire/']) {
      const lds = all()
        .filter(({ route: r }) => r === form)
        .map(({ ld }) => ld);
      expect(
        lds.map((ld) => ld['@type']),
        form,
      ).not.toContain('Article');
      expect(
        lds.find((ld) => ld['@type'] === 'WebPage'),
        form,
      ).toMatchObject({
        url: `${SITE}${form}`,
        image: `${SITE}/og${form.replace(/\/$/, '')}.png`,
      });
    }
  });

  it('gives the forum Event its share card', () => {
    const event = all().find(({ ld }) => ld['@type'] === 'Event');
    expect(event?.ld['image']).toBe(`${SITE}/og/forum/2026.png`);
  });
});

describe('the address', () => {
  it('every file that prints the site address prints the configured one, never loopback', () => {
    const texts = ['.html', '.xml', '.txt', '.ics', '.json'].flatMap((ext) => files(ext));
    const loopback = texts.filter((f) => /\b(localhost|127\.0\.0\.1)\b/.test(readFileSync(f, 'utf8')));
    expect(loopback.map((f) => path.relative(dist, f))).toEqual([]);
    for (const f of ['index.html', 'rss.xml', 'sitemap-0.xml', 'robots.txt', 'forum/2026/calendar.ics']) {
      expect(readFileSync(path.join(dist, f), 'utf8'), f).toContain('gyxz.example.cn');
    }
  });
});

describe('the calendar', () => {
  it("has UIDs at the site's domain", () => {
    const events = Object.values(ical.sync.parseICS(readFileSync(path.join(dist, 'forum/2026/calendar.ics'), 'utf8')));
    const uids = events.filter((c): c is VEvent => c?.type === 'VEVENT').map((e) => e.uid);
    expect(uids.length).toBeGreaterThan(0);
    for (const uid of uids) expect(uid).toMatch(/@gyxz\.example\.cn$/);
  });
});
