import { describe, expect, it } from 'vitest';
import { checkRows, type Cell } from '../../../src/rankings/check-rows.ts';
import { rankingColumns } from '../../../src/rankings/columns.ts';

const columns = rankingColumns(['经济发展质量', '人口聚集能力']);
const header = columns.map((c) => c.label);
const town = (rank: Cell, name: string, extra: Partial<Record<'province' | 'score' | 'county', Cell>> = {}): Cell[] => [
  rank,
  name,
  extra.county ?? '测试县',
  extra.province ?? '浙江省',
  extra.score ?? 90,
  80.5,
  '70',
];
const fields = (table: Cell[][]) => checkRows(table, columns).problems.map((p) => `${p.field}：${p.message}`);

describe('checkRows', () => {
  it('reads a good table into rows, numbers typed as text included', () => {
    const { rows, problems } = checkRows(
      [header, town(1, '测试甲镇'), town('2', '测试乙镇', { score: '88.5' })],
      columns,
    );
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { rank: 1, town: '测试甲镇', county: '测试县', province: '浙江省', score: 90, indicators: [80.5, 70] },
      { rank: 2, town: '测试乙镇', county: '测试县', province: '浙江省', score: 88.5, indicators: [80.5, 70] },
    ]);
  });

  it('ignores empty rows after the last town but not between towns', () => {
    expect(fields([header, town(1, '甲镇'), [], [null, ''], town(2, '乙镇'), [], ['  ']])).toEqual([
      '第 3 行：是空行；数据中间不能有空行，请删除这一行或把下面的行上移',
      '第 4 行：是空行；数据中间不能有空行，请删除这一行或把下面的行上移',
    ]);
  });

  it('names a repeated, a skipped and an out-of-order rank', () => {
    expect(fields([header, town(1, '甲镇'), town(1, '乙镇')])).toEqual([
      '第 3 行「排名」：名次 1 与上一行重复；每个名次只能出现一次',
    ]);
    expect(fields([header, town(1, '甲镇'), town(4, '乙镇')])).toEqual([
      '第 3 行「排名」：名次从 1 跳到 4，缺少第 2—3 名',
    ]);
    expect(fields([header, town(2, '甲镇')])).toEqual(['第 2 行「排名」：名次从 0 跳到 2，缺少第 1 名']);
    expect(fields([header, town(1, '甲镇'), town(2, '乙镇'), town(1, '丙镇')])[0]).toMatch(/排在名次 2 之后/);
  });

  it('refuses a province not in the official list, a score that is not a number, a blank cell', () => {
    expect(fields([header, town(1, '甲镇', { province: '浙江' })])[0]).toMatch(
      /^第 2 行「省份」：「浙江」不是正式的省级行政区名称；应为以下之一：北京市、/,
    );
    expect(fields([header, town(1, '甲镇', { score: '九十' })])).toEqual([
      '第 2 行「总分」：「九十」不是数字；应填数字，例如 86.5',
    ]);
    expect(fields([header, town(1.5, '甲镇')])).toEqual(['第 2 行「排名」：「1.5」应为整数名次']);
    expect(fields([header, town(1, '甲镇', { county: ' ' })])).toEqual(['第 2 行「县（市、区）」：不能为空']);
  });

  it('refuses a town listed twice (same province, county and town)', () => {
    expect(fields([header, town(1, '甲镇'), town(2, '乙镇'), town(3, '甲镇')])).toEqual([
      '第 4 行「镇」：浙江省测试县甲镇已在第 2 行出现；同一个镇只能列一次',
    ]);
    expect(fields([header, town(1, '甲镇'), town(2, '甲镇', { county: '另一县' })])).toEqual([]);
  });

  it('refuses headers that do not match the definition, naming the column', () => {
    expect(fields([['排名', '镇名', ...header.slice(2)], town(1, '甲镇')])).toEqual([
      '第 1 行（表头）：第 2 列应为「镇」，实为「镇名」；表头应依次为：排名、镇、县（市、区）、省份、总分、经济发展质量、人口聚集能力',
    ]);
    expect(fields([[...header, 'GDP'], town(1, '甲镇')])[0]).toMatch(/第 8 列「GDP」不在本榜单的列中/);
    expect(fields([header.slice(0, 6), town(1, '甲镇')])[0]).toMatch(/第 7 列应为「人口聚集能力」，实为「」/);
  });

  it('refuses a table with no towns', () => {
    expect(fields([header, []])).toEqual(['数据文件：表头下没有任何镇的数据']);
  });
});
