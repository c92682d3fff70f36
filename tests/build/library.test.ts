/**
 * The resource library on the fixture site: generated profiles and projects on real towns
 * (scripts/library-fixture.ts), checked on disk against the files the build read.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { TEST_MARK } from '../../scripts/ranking-fixture.ts';
import { FIXTURE_CONTENT } from '../support/paths.ts';

const dist = inject('fixtureDist');
const read = (route: string) => readFileSync(path.join(dist, route, 'index.html'), 'utf8');
const text = (route: string) =>
  read(route)
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
/** The project links of a list page, in order. */
const listed = (route: string) =>
  [...read(route).matchAll(/<h3[^>]*><a href="\/projects\/([^/"]+)\/"/g)].map((m) => m[1]!);

/** The generated projects as written: the fixture writes one JSON value per front-matter line. */
const projects = readdirSync(path.join(FIXTURE_CONTENT, 'projects'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => {
    const front = readFileSync(path.join(FIXTURE_CONTENT, 'projects', f), 'utf8').split('---')[1]!;
    const data = Object.fromEntries(
      front
        .trim()
        .split('\n')
        .map((line) => [line.slice(0, line.indexOf(':')), JSON.parse(line.slice(line.indexOf(':') + 1)) as unknown]),
    ) as Record<string, string | number | boolean>;
    return { id: f.slice(0, -3), data };
  });
const published = projects
  .filter((p) => p.data['draft'] !== true)
  .sort((a, b) => String(b.data['date']).localeCompare(String(a.data['date'])));

describe('the project catalogue', () => {
  it('lists every published project newest first, 20 a page, and no draft', () => {
    expect(published.length).toBeGreaterThan(20);
    expect([...listed('/projects/'), ...listed('/projects/page/2/')]).toEqual(published.map((p) => p.id));
    const draft = projects.find((p) => p.data['draft'] === true)!;
    expect(existsSync(path.join(dist, 'projects', draft.id))).toBe(false);
  });

  it('has a static list per province, industry and status holding exactly its projects', () => {
    const expectList = (route: string, key: string, value: string) =>
      expect(listed(route), route).toEqual(published.filter((p) => p.data[key] === value).map((p) => p.id));
    expectList('/projects/provinces/zhejiang/', 'province', '浙江省');
    expectList('/projects/industries/zhinengzhizao/', 'industry', '智能制造');
    expectList('/projects/status/yiqianyue/', 'status', '已签约');
    const main = read('/projects/');
    for (const href of [
      '/projects/provinces/zhejiang/',
      '/projects/industries/lvseditan/',
      '/projects/status/qiatanzhong/',
    ]) {
      expect(main).toContain(`href="${href}"`);
    }
  });

  it('needs no JavaScript on its list and project pages', () => {
    for (const route of ['/projects/', '/projects/provinces/zhejiang/', `/projects/${published[0]!.id}/`]) {
      expect(read(route), route).not.toMatch(/<script type="module"/);
    }
  });

  it('gives each project a page with its facts, a share card, a poster link and its industry as a search filter', () => {
    const p = published.find((x) => x.data['cooperation'] === undefined)!;
    const page = read(`/projects/${p.id}/`);
    expect(page).toContain(`<meta property="og:image" content="https://gyxz.example.cn/og/projects/${p.id}.png"`);
    expect(existsSync(path.join(dist, 'og/projects', `${p.id}.png`))).toBe(true);
    expect(page).toContain(`href="/share/?p=%2Fprojects%2F${p.id}%2F"`);
    expect(page).toMatch(new RegExp(`data-pagefind-filter="industry"[^>]*>${String(p.data['industry'])}<`));
    // A fact nobody gave is not shown.
    expect(text(`/projects/${p.id}/`)).not.toContain('合作方式');
    expect(text(`/projects/${p.id}/`)).toContain(
      `${String(p.data['province'])}${String(p.data['county'])}${String(p.data['town'])}`,
    );
  });

  it('puts each project in the search index with its industry and province as filters', () => {
    const dir = path.join(dist, 'pagefind/fragment');
    const fragments = readdirSync(dir).map((f) => {
      const raw = gunzipSync(readFileSync(path.join(dir, f))).toString('utf8');
      return JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; filters: Record<string, string[]> };
    });
    for (const p of published) {
      const fragment = fragments.find((f) => f.url === `/projects/${p.id}/`);
      expect(fragment?.filters['industry'], p.id).toEqual([p.data['industry']]);
      expect(fragment?.filters['province'], p.id).toEqual([p.data['province']]);
      expect(fragment?.filters['section'], p.id).toEqual(['招商项目']);
    }
  });

  it('marks every library page as test data', () => {
    const routes = [
      '/projects/',
      '/projects/industries/zhinengzhizao/',
      ...published.map((p) => `/projects/${p.id}/`),
      '/towns/zhejiang-anji-xiaofeng/',
      '/towns/shandong-shouguang-yangkou/',
    ];
    for (const route of routes) expect(text(route), route).toContain(TEST_MARK);
  });
});

describe('a town of the library', () => {
  it('shows its profile and its projects on its page', () => {
    const town = text('/towns/zhejiang-anji-xiaofeng/');
    expect(town).toContain('镇域产业档案');
    expect(town).toContain('测试企业甲');
    expect(town).toContain('市场占有率 测试占有率（测试数据，2025 年）');
  });

  const ownProjects = (slug: string) => published.filter((p) => p.data['townSlug'] === slug).map((p) => p.id);

  it('shows its newest 6 projects and links to the list of all of them when it has more', () => {
    const own = ownProjects('zhejiang-anji-xiaofeng');
    expect(own.length).toBeGreaterThan(6);
    expect(listed('/towns/zhejiang-anji-xiaofeng/')).toEqual(own.slice(0, 6));
    expect(read('/towns/zhejiang-anji-xiaofeng/')).toMatch(
      new RegExp(
        `<a class="tap-link" href="/projects/towns/zhejiang-anji-xiaofeng/"[^>]*>\\s*孝丰镇的全部 ${own.length} 个招商项目\\s*</a>`,
      ),
    );
    // A town with no more than that shows them all, and the whole catalogue's link.
    const few = ownProjects('shandong-shouguang-yangkou');
    expect(few.length).toBeGreaterThan(0);
    expect(few.length).toBeLessThanOrEqual(6);
    expect(listed('/towns/shandong-shouguang-yangkou/')).toEqual(few);
    expect(read('/towns/shandong-shouguang-yangkou/')).not.toContain('href="/projects/towns/');
  });

  it('has a static list per town, newest first like the catalogue, without JavaScript', () => {
    const slugs = [...new Set(published.map((p) => String(p.data['townSlug'])))];
    expect(slugs.length).toBe(6);
    for (const slug of slugs) {
      const route = `/projects/towns/${slug}/`;
      // Fewer than 20 each: one page, and no second.
      expect(listed(route), route).toEqual(ownProjects(slug));
      expect(existsSync(path.join(dist, route, 'page/2'))).toBe(false);
      // Each leads back to its town's page, which exists.
      expect(read(route), route).toMatch(new RegExp(`<a class="tap-link" href="/towns/${slug}/"[^>]*>[^<]+的页面</a>`));
      expect(existsSync(path.join(dist, 'towns', slug, 'index.html')), slug).toBe(true);
    }
    const route = '/projects/towns/zhejiang-anji-xiaofeng/';
    expect(text(route)).toContain('安吉县孝丰镇的招商项目');
    expect(text(route)).toContain('镇：安吉县孝丰镇');
    expect(text(route)).toContain(TEST_MARK);
    expect(read(route)).not.toMatch(/<script type="module"/);
  });

  it('gets a page when only the library names it, and shows no empty profile fields', () => {
    const beijiao = text('/towns/guangdong-shunde-beijiao/');
    expect(beijiao).toContain('意向打造的特色产业');
    expect(beijiao).not.toContain('特产龙头企业');
    expect(existsSync(path.join(dist, 'towns/shandong-shouguang-yangkou/index.html'))).toBe(true);
  });
});
