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

  it('has no fixture content and no filing numbers it was not given', () => {
    expect(existsSync(path.join(dist, 'stories/fixture-zhejiang-story'))).toBe(false);
    expect(page('/')).not.toContain('测试');
    expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).not.toContain('beian.miit.gov.cn');
  });

  it.skipIf(vnuSkipReason())('passes the Nu Html Checker with no error on any page', () => {
    expect(vnuErrors(dist).map((m) => `${m.url.replace(/^file:.*?real-dist/, '')}: ${m.message}`)).toEqual([]);
  });
});
