import { describe, expect, it } from 'vitest';
import { scoreBars } from '../../../src/charts/indicator-bars.ts';
import { median } from '../../../src/charts/median.ts';
import { provinceBars } from '../../../src/charts/province-bars.ts';
import { rankSeries } from '../../../src/charts/rank-series.ts';
import { rankTrend } from '../../../src/charts/rank-trend.ts';
import { shortProvince } from '../../../src/charts/short-province.ts';

describe('median', () => {
  it('is the middle value, or the mean of the middle two, whatever the order', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeUndefined();
  });
});

describe('shortProvince', () => {
  it('leaves out 省, 市 and the 自治区 with its people, as everyday speech does', () => {
    expect(
      [
        '浙江省',
        '北京市',
        '内蒙古自治区',
        '广西壮族自治区',
        '宁夏回族自治区',
        '新疆维吾尔自治区',
        '西藏自治区',
        '香港特别行政区',
      ].map(shortProvince),
    ).toEqual(['浙江', '北京', '内蒙古', '广西', '宁夏', '新疆', '西藏', '香港']);
  });
});

describe('rankTrend', () => {
  it('puts the best rank at the top and the worst at the bottom, oldest on the left', () => {
    const g = rankTrend([
      { label: '2023', rank: 40 },
      { label: '2024', rank: 10 },
      { label: '2025', rank: 20 },
    ]);
    expect(g.dots.map((d) => [d.px, d.py])).toEqual([
      [0, 100],
      [50, 0],
      [100, 33.33],
    ]);
    expect(g.line).toBe('0,100 50,0 100,33.33');
    // Across the whole chart: inside the plot box, which leaves room for a centred label at either end.
    expect(g.dots.map((d) => d.x)).toEqual([g.plot.x, g.plot.x + g.plot.width / 2, g.plot.x + g.plot.width]);
  });

  it('writes a rank above a dot in the upper half and below one in the lower, all above the edition labels', () => {
    const g = rankTrend([
      { label: '2024', rank: 9 },
      { label: '2025', rank: 1 },
    ]);
    const [low, high] = g.dots as [(typeof g.dots)[0], (typeof g.dots)[0]];
    expect(high.rankY).toBeLessThan(g.plot.y);
    expect(low.rankY).toBeGreaterThan(g.plot.y + g.plot.height);
    expect(low.rankY).toBeLessThan(g.labelY - 1);
    expect(g.height).toBeGreaterThan(g.labelY);
  });

  it('centres a single edition, and a town that kept its rank, in the middle', () => {
    expect(rankTrend([{ label: '2025', rank: 7 }]).dots[0]).toMatchObject({ px: 50, py: 50, x: 50 });
    expect(
      rankTrend([
        { label: '2024', rank: 7 },
        { label: '2025', rank: 7 },
      ]).dots.map((d) => d.py),
    ).toEqual([50, 50]);
  });

  it('labels at most six editions, always the newest', () => {
    const points = Array.from({ length: 9 }, (_, i) => ({ label: String(2017 + i), rank: i + 1 }));
    const labelled = rankTrend(points)
      .dots.filter((d) => d.labelled)
      .map((d) => d.label);
    expect(labelled.length).toBeLessThanOrEqual(6);
    expect(labelled.at(-1)).toBe('2025');
  });
});

describe('scoreBars', () => {
  it('draws the town from zero on a scale to the edition best, with both medians marked', () => {
    const { rows } = scoreBars([{ name: '总分', value: 80, edition: [60, 80, 100, 40], province: [60, 80] }]);
    expect(rows[0]).toMatchObject({
      value: 80,
      editionMedian: 70,
      provinceMedian: 70,
      bar: { x: 0, width: 80 },
      editionX: 70,
      provinceX: 70,
    });
  });

  it('gives every score its own scale, and a negative score a bar to the left of zero', () => {
    const { rows } = scoreBars([
      { name: 'a', value: 5, edition: [5, 10], province: [5] },
      { name: 'b', value: -5, edition: [-10, -5, 10], province: [-5] },
    ]);
    expect(rows[0]!.bar).toEqual({ x: 0, width: 50 });
    expect(rows[1]!.bar).toEqual({ x: 25, width: 25 });
  });

  it('stacks the rows below the legend without overlap, and the chart is tall enough for them', () => {
    const { rows, legend, height } = scoreBars(
      ['a', 'b', 'c'].map((name) => ({ name, value: 1, edition: [1, 2], province: [1] })),
    );
    expect(rows[0]!.labelY).toBeGreaterThan(legend.at(-1)!.markY[1]);
    for (const [i, r] of rows.entries()) {
      expect(r.tickY[0]).toBeLessThan(r.trackY);
      if (i > 0) expect(r.labelY).toBeGreaterThan(rows[i - 1]!.tickY[1]);
    }
    expect(height).toBeGreaterThan(rows.at(-1)!.tickY[1]);
  });
});

describe('provinceBars', () => {
  it('counts towns per province, most first, the longest bar the widest', () => {
    const rows = ['江苏省', '浙江省', '浙江省', '北京市', '江苏省', '浙江省'].map((province) => ({ province }));
    const { rows: bars, height } = provinceBars(rows);
    expect(bars.map((b) => [b.short, b.count])).toEqual([
      ['浙江', 3],
      ['江苏', 2],
      ['北京', 1],
    ]);
    expect(bars[1]!.width / bars[0]!.width).toBeCloseTo(2 / 3, 2);
    expect(bars[2]!.y).toBeGreaterThan(bars[1]!.y);
    expect(height).toBeGreaterThan(bars[2]!.y);
  });

  it('keeps the official order between provinces with as many towns', () => {
    const { rows } = provinceBars(['浙江省', '北京市', '河北省'].map((province) => ({ province })));
    expect(rows.map((b) => b.name)).toEqual(['北京市', '河北省', '浙江省']);
  });

  it('has no bars for an edition without rows', () => {
    expect(provinceBars([]).rows).toEqual([]);
  });
});

describe('rankSeries', () => {
  const result = (slug: string, year: number, rank: number) => ({
    edition: { id: `${year}-${slug}`, data: { year, slug, title: `${year} 年 ${slug}` } },
    row: { rank },
  });

  it('splits a town’s results by list, each oldest first, the list of its newest result first', () => {
    const series = rankSeries([
      result('100-qiang', 2025, 3),
      result('500-qiang', 2024, 9),
      result('500-qiang', 2023, 12),
    ]);
    expect(series.map((s) => [s.slug, s.title, s.results.map((r) => r.row.rank)])).toEqual([
      ['100-qiang', '2025 年 100-qiang', [3]],
      ['500-qiang', '2024 年 500-qiang', [12, 9]],
    ]);
  });
});
