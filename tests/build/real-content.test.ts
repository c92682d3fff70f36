/**
 * The real content/ folder, built as it ships: no fixtures. Sections the center has not
 * published in yet say so plainly, and nothing from the fixtures leaks in.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { ROOT, TEST_CACHE } from '../support/paths.ts';
import { vnuErrors, vnuSkipReason } from '../support/vnu.ts';

const dist = path.join(TEST_CACHE, 'real-dist');
const page = (route: string) =>
  readFileSync(path.join(dist, route, 'index.html'), 'utf8')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('the real content', () => {
  beforeAll(() => {
    const result = buildSite({ content: path.join(ROOT, 'content'), out: dist, env: { SKIP_OG: '1' } });
    expect(result.ok, result.output).toBe(true);
  });

  it('empty sections say so plainly', () => {
    expect(page('/policies/')).toContain('政策解读暂无内容');
    expect(page('/stories/')).toContain('镇域故事暂无内容');
    expect(page('/stories/provinces/')).toContain('暂无内容');
    expect(page('/')).toContain('政策解读暂无内容');
  });

  it('says the ranking list is not published on this site yet, and links the evaluation notice', () => {
    expect(page('/rankings/')).toContain('全国小城镇综合实力评价的榜单尚未在本网站发布');
    expect(readFileSync(path.join(dist, 'rankings/index.html'), 'utf8')).toContain(
      'href="/news/2026-01-21-pingjia-tongzhi/"',
    );
    expect(page('/towns/')).toContain('暂无内容');
  });

  it('says the project catalogue is empty and how a town gets into it, from the seed’s contacts', () => {
    const catalogue = page('/projects/');
    expect(catalogue).toContain('资源库还没有发布任何招商项目');
    expect(catalogue).toContain('镇的项目和档案怎样进入资源库');
    for (const way of ['镇域发展问卷', '通讯员', '张老师', '010-67410624', 'gyxzyjzx@163.com']) {
      expect(catalogue).toContain(way);
    }
    expect(existsSync(path.join(dist, 'projects/provinces'))).toBe(false);
    expect(page('/')).toContain('招商项目暂无内容');
    expect(page('/forms/catalogue-request/')).toContain('投资项目目录申请表');
  });

  it('has no fixture content and no filing numbers it was not given', () => {
    expect(existsSync(path.join(dist, 'stories/fixture-zhejiang-story'))).toBe(false);
    expect(page('/')).not.toContain('测试');
    expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).not.toContain('beian.miit.gov.cn');
  });

  it.skipIf(vnuSkipReason())('passes the Nu Html Checker with no error on any page', () => {
    expect(vnuErrors(dist).map((m) => `${m.url.replace(/^file:.*?real-dist/, '')}: ${m.message}`)).toEqual([]);
  });
});
