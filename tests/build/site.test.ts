/**
 * The fixture site (real content + tests/fixtures/overlay), built by the real production
 * build in the global setup, checked on disk.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const dist = inject('fixtureDist');
const SITE = 'https://gyxz.example.cn';

function html(route: string): string {
  const file = path.join(dist, route, route.endsWith('.html') ? '' : 'index.html');
  expect(existsSync(file), `${route} was not built`).toBe(true);
  return readFileSync(file, 'utf8');
}

/** Visible text of a page, tags stripped, whitespace folded. */
function text(route: string): string {
  return html(route)
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

function allHtmlFiles(dir = dist): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? allHtmlFiles(path.join(dir, d.name)) : d.name.endsWith('.html') ? [path.join(dir, d.name)] : [],
  );
}

function jsonLd(route: string): Record<string, unknown>[] {
  return [...html(route).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1]!) as Record<string, unknown>,
  );
}

describe('every page type renders', () => {
  const routes = [
    '/',
    '/forum/',
    '/forum/2026/',
    '/news/',
    '/news/2026-01-21-pingjia-tongzhi/',
    '/research/',
    '/research/pingjia-yanjiu-yiyi/',
    '/policies/',
    '/policies/page/2/',
    '/toolkits/',
    '/toolkits/canhui-huizhibiao/',
    '/stories/',
    '/stories/fixture-zhejiang-story/',
    '/stories/provinces/',
    '/stories/provinces/zhejiang/',
    '/rankings/',
    '/rankings/2025-ceshi-500/',
    '/rankings/2025-ceshi-500/sort/i1/',
    '/rankings/2025-ceshi-500/provinces/zhejiang/',
    '/towns/',
    '/towns/zhejiang-anji-xiaofeng/',
    '/towns/provinces/zhejiang/',
    '/about/',
    '/contact/',
    '/correspondents/',
    '/404.html',
  ];
  for (const route of routes) {
    it(`${route} is a Chinese page with one h1, a title and a canonical URL`, () => {
      const page = html(route);
      expect(page).toMatch(/^<!DOCTYPE html><html lang="zh-CN"/i);
      expect(page.match(/<h1[\s>]/g)).toHaveLength(1);
      expect(page).toMatch(/<title>[^<]*\p{Script=Han}/u);
      if (route !== '/404.html') expect(page).toContain(`<link rel="canonical" href="${SITE}${route}">`);
    });
  }

  it('no URL is percent-encoded Chinese', () => {
    for (const file of allHtmlFiles()) expect(path.relative(dist, file)).toMatch(/^[\x20-\x7e]+$/);
  });
});

describe('the seed content is on the site', () => {
  it('home leads with the forum: theme, date, venue, deadline', () => {
    const home = text('/');
    expect(home).toContain('第二届新型城镇化与工业小镇高质量发展论坛');
    expect(home).toContain('镇域新质力：绿色与智能驱动的产业跃迁');
    expect(home).toContain('2026年4月3日');
    expect(home).toContain('国务院第二招待宾馆');
    expect(home).toContain('2026年3月18日');
  });

  it('the forum page has every fact of the invitation', () => {
    const forum = text('/forum/2026/');
    for (const fact of [
      '2026年4月2日 下午',
      '2026年4月3日 全天',
      '北京市西城区西直门南大街 6 号',
      '主办 中国工业报社',
      '承办 工业小镇研究中心',
      '工业小镇研究中心及孵化基地系列发布',
      '政策精准滴灌',
      '镇域实践对标',
      '产业跃迁路径',
      '成果发布',
      '高峰对话',
      '实战工作坊',
      '资源精准对接会（闭门会）',
      '500 强镇）》核心解读',
      '3000 元/人',
      '不含住宿费、交通等',
      '工商银行北京礼士路支行',
      '0200003609219003154',
      '680 元',
      '早餐 40 元/位',
      '不设接送站服务',
      '开具发票',
      'gyxzyjzx@163.com',
      '010-67410624',
      '13716385865',
      'https://www.cinn.cn/gyxz/index.html',
    ]) {
      expect(forum, fact).toContain(fact);
    }
  });

  it('the forum series mentions the first forum only as the seed does', () => {
    expect(text('/forum/')).toContain('首届论坛得到全国政协及多个部委领导莅临指导');
  });

  it('the evaluation notice, its entry point and the seven points are published', () => {
    const notice = text('/news/2026-01-21-pingjia-tongzhi/');
    expect(notice).toContain('2026年1月21日');
    expect(notice).toContain('https://xcz.cinn.cn/');
    expect(notice).toContain('张永杰');
    const why = text('/research/pingjia-yanjiu-yiyi/');
    for (const n of ['一、', '二、', '三、', '四、', '五、', '六、', '七、']) expect(why).toContain(n);
    expect(why).toContain('污水集中处理率');
  });

  it('toolkits cover the reply form, questionnaire and project catalogue', () => {
    expect(text('/toolkits/')).toContain('参会回执表');
    expect(text('/toolkits/zhenyu-fazhan-wenjuan/')).toContain('通讯员');
    expect(text('/toolkits/touzi-xiangmu-mulu/')).toContain('依申请发送');
  });
});

describe('drafts are never published', () => {
  it('the draft marker appears in no file of the site', () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
        d.isDirectory() ? walk(path.join(dir, d.name)) : [path.join(dir, d.name)],
      );
    for (const file of walk(dist).filter((f) => /\.(html|xml|json|txt)$/.test(f))) {
      expect(readFileSync(file, 'utf8'), file).not.toContain('DRAFT-MARKER-7f3a');
    }
  });
});

describe('town stories', () => {
  it('show province, city/county and town, linking to their indexes', () => {
    const story = html('/stories/fixture-zhejiang-story/');
    expect(story).toContain('href="/stories/provinces/zhejiang/"');
    expect(story).toContain('href="/towns/zhejiang-anji-xiaofeng/"');
    expect(text('/stories/fixture-zhejiang-story/')).toContain('湖州市安吉县');
  });

  it('group by town and province', () => {
    expect(text('/towns/zhejiang-anji-xiaofeng/')).toContain('同一个镇的第二篇');
    expect(text('/stories/provinces/zhejiang/')).not.toContain('四川某镇');
    expect(text('/stories/provinces/sichuan/')).toContain('四川某镇');
  });
});

describe('lists paginate newest first', () => {
  it('splits 23 policies into 20 + 3', () => {
    const first = html('/policies/');
    expect(first.match(/<article class="card/g)).toHaveLength(20);
    expect(first).toContain('href="/policies/page/2/"');
    expect(first.indexOf('第 23 篇')).toBeLessThan(first.indexOf('第 22 篇'));
    expect(html('/policies/page/2/').match(/<article class="card/g)).toHaveLength(3);
  });
});

describe('feeds, sitemap, robots, structured data', () => {
  it('has an RSS feed per section and one for the whole site', () => {
    for (const s of ['forum', 'news', 'research', 'policies', 'toolkits', 'stories']) {
      const feed = readFileSync(path.join(dist, s, 'rss.xml'), 'utf8');
      expect(feed).toContain('<language>zh-CN</language>');
    }
    const news = readFileSync(path.join(dist, 'news/rss.xml'), 'utf8');
    expect(news).toContain(`<link>${SITE}/news/2026-01-21-pingjia-tongzhi/</link>`);
    expect(readFileSync(path.join(dist, 'rss.xml'), 'utf8')).toContain('第二届新型城镇化');
  });

  it('lists pages in the sitemap and points robots.txt at it', () => {
    const sitemap = readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`${SITE}/forum/2026/`);
    expect(sitemap).not.toContain('/admin/');
    const robots = readFileSync(path.join(dist, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
  });

  it('describes the organization everywhere and each entry as an Article or NewsArticle', () => {
    expect(jsonLd('/').map((d) => d['@type'])).toContain('Organization');
    expect(jsonLd('/news/2026-01-21-pingjia-tongzhi/')).toContainEqual(
      expect.objectContaining({ '@type': 'NewsArticle', datePublished: '2026-01-21' }),
    );
    expect(jsonLd('/stories/fixture-zhejiang-story/')).toContainEqual(
      expect.objectContaining({ '@type': 'Article', author: { '@type': 'Person', name: '测试通讯员甲' } }),
    );
  });
});

describe('footer filing numbers', () => {
  it('link the ICP number to the MIIT filing site and the public-security number to its record', () => {
    const page = html('/');
    expect(page).toMatch(/<a href="https:\/\/beian\.miit\.gov\.cn\/"[^>]*>京ICP备测试0000号<\/a>/);
    expect(page).toContain('code=11000000000001');
  });
});
