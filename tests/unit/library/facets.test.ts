import { describe, expect, it } from 'vitest';
import { nameSlug, projectFacets } from '../../../src/library/facets.ts';
import { investmentLabel } from '../../../src/library/investment.ts';
import { buildTownIndex } from '../../../src/rankings/town-index.ts';

const p = (id: string, province: string, industry: string, status: string) => ({
  id,
  data: { province, industry, status },
});

describe('projectFacets', () => {
  const projects = [
    p('c', '浙江省', '绿色低碳', '洽谈中'),
    p('b', '江苏省', '智能制造', '征集中'),
    p('a', '浙江省', '智能制造', '征集中'),
  ];
  const facets = projectFacets(projects, ['智能制造', '绿色低碳', '工业旅游']);

  it('lists provinces in the official order, industries in the editors’ order, only lists with projects', () => {
    expect(facets.provinces.map((f) => f.name)).toEqual(['江苏省', '浙江省']);
    expect(facets.industries.map((f) => [f.name, f.url])).toEqual([
      ['智能制造', '/projects/industries/zhinengzhizao/'],
      ['绿色低碳', '/projects/industries/lvseditan/'],
    ]);
    expect(facets.statuses.map((f) => [f.name, f.url])).toEqual([
      ['征集中', '/projects/status/zhengjizhong/'],
      ['洽谈中', '/projects/status/qiatanzhong/'],
    ]);
  });

  it('keeps each list in the order given (newest first)', () => {
    expect(facets.provinces[1]!.projects.map((x) => x.id)).toEqual(['c', 'a']);
    expect(facets.provinces[1]!.url).toBe('/projects/provinces/zhejiang/');
  });

  it('gives two names with the same pinyin lists of their own', () => {
    const same = projectFacets([p('a', '浙江省', '制造', '征集中'), p('b', '浙江省', '智造', '征集中')], []);
    expect(same.industries.map((f) => f.slug)).toEqual(['zhizao', 'zhizao-2']);
    expect(nameSlug('工业旅游')).toBe('gongyelvyou');
  });
});

describe('investmentLabel', () => {
  it('shows a range, one sum, or one bound, in 万元', () => {
    expect(investmentLabel(5000, 8000)).toBe('5000–8000 万元');
    expect(investmentLabel(5000, 5000)).toBe('5000 万元');
    expect(investmentLabel(1200, undefined)).toBe('1200 万元以上');
    expect(investmentLabel(undefined, 300.5)).toBe('不超过 300.5 万元');
    expect(investmentLabel(undefined, undefined)).toBeUndefined();
  });
});

describe('towns of the library', () => {
  it('get a page under the slug their profile or project gives, shared with a ranked town', () => {
    const edition = {
      id: '2025-x',
      data: { year: 2025, slug: 'x' },
      rows: [{ rank: 1, town: '孝丰镇', county: '安吉县', province: '浙江省' as const, score: 90, indicators: [] }],
    };
    const place = (id: string, town: string, townSlug: string) => ({
      id,
      kind: '招商项目',
      data: { province: '浙江省', county: '安吉县', town, townSlug },
    });
    const { towns, conflicts } = buildTownIndex([edition], [], {
      places: [place('a', '孝丰镇', 'xiaofeng'), place('b', '递铺镇', 'zhejiang-anji-dipu')],
    });
    expect(conflicts).toEqual([]);
    expect(towns.map((t) => [t.town, t.slug, t.results.length])).toEqual([
      ['孝丰镇', 'xiaofeng', 1],
      ['递铺镇', 'zhejiang-anji-dipu', 0],
    ]);
    const clash = buildTownIndex([edition], [], { places: [place('a', '孝丰镇', 'one'), place('b', '孝丰镇', 'two')] });
    expect(clash.conflicts[0]).toContain('招商项目 b 把「浙江省安吉县孝丰镇」的网址拼音定为 two');
  });
});
