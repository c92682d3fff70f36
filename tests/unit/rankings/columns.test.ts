import { describe, expect, it } from 'vitest';
import { cellValue, rankingColumns } from '../../../src/rankings/columns.ts';
import { sortRows } from '../../../src/rankings/sort-rows.ts';
import type { RankingRow } from '../../../src/schemas/ranking.ts';

const columns = rankingColumns(['经济发展质量', '人口聚集能力']);
const column = (key: string) => columns.find((c) => c.key === key)!;
const row = (rank: number, score: number, indicators: number[]): RankingRow => ({
  rank,
  town: `测试${rank}号镇`,
  county: '测试县',
  province: '浙江省',
  score,
  indicators,
});
const ROWS = [row(1, 90, [70, 60]), row(2, 88, [95, 60]), row(3, 88, [80, 65])];

describe('ranking columns', () => {
  it('give each column its role: rank orders the table, the town names the row, scores sort highest first', () => {
    expect(columns.map((c) => [c.key, c.sort ?? '', c.order ?? false, c.names ?? false])).toEqual([
      ['rank', 'ascending', true, false],
      ['town', '', false, true],
      ['county', '', false, false],
      ['province', '', false, false],
      ['score', 'descending', false, false],
      ['i1', 'descending', false, false],
      ['i2', 'descending', false, false],
    ]);
  });

  it('read a row in file order, indicators by their place', () => {
    expect(columns.map((c) => cellValue(ROWS[1]!, c))).toEqual([2, '测试2号镇', '测试县', '浙江省', 88, 95, 60]);
  });
});

describe('sortRows', () => {
  it('orders by the column in its direction, ties in rank order', () => {
    expect(sortRows(ROWS, column('i1')).map((r) => r.rank)).toEqual([2, 3, 1]);
    expect(sortRows(ROWS, column('score')).map((r) => r.rank)).toEqual([1, 2, 3]);
    expect(sortRows(ROWS, column('i2')).map((r) => r.rank)).toEqual([3, 1, 2]);
    expect(sortRows([...ROWS].reverse(), column('rank')).map((r) => r.rank)).toEqual([1, 2, 3]);
  });
});
