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

  describe('one bad cell gives exactly one message, and the rows after it none', () => {
    // Ten towns ranked 1–10; row 6 of the file (rank 5) gets one bad cell.
    const good = () => Array.from({ length: 10 }, (_, i) => town(i + 1, `测试${i + 1}号镇`));
    const cases: [what: string, column: number, cell: Cell, message: string][] = [
      ['a score that is not a number', 4, '九十', '第 6 行「总分」：「九十」不是数字；应填数字，例如 86.5'],
      ['an empty score', 4, null, '第 6 行「总分」：不能为空'],
      ['an empty town', 1, '', '第 6 行「镇」：不能为空'],
      ['an empty county', 2, ' ', '第 6 行「县（市、区）」：不能为空'],
      ['an empty rank', 0, null, '第 6 行「排名」：不能为空'],
      ['a rank that is not a number', 0, '五', '第 6 行「排名」：「五」不是数字；应填数字，例如 86.5'],
      ['a rank that is not whole', 0, 5.5, '第 6 行「排名」：「5.5」应为整数名次'],
      ['a rank below 1', 0, 0, '第 6 行「排名」：不能小于 1'],
      ['an indicator that is not a number', 5, '-', '第 6 行「经济发展质量」：「-」不是数字；应填数字，例如 86.5'],
    ];
    it.each(cases)('%s', (_, column, cell, message) => {
      const rows = good();
      rows[4]![column] = cell;
      expect(fields([header, ...rows])).toEqual([message]);
    });

    it('a province that is not official', () => {
      const rows = good();
      rows[4]![3] = '浙江';
      const messages = fields([header, ...rows]);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(/^第 6 行「省份」：「浙江」不是正式的省级行政区名称/);
    });

    it('a town repeated on a row whose score is bad: both named, nothing more', () => {
      const rows = good();
      rows[4] = town(5, '测试2号镇', { score: '九十' });
      expect(fields([header, ...rows])).toEqual([
        '第 6 行「总分」：「九十」不是数字；应填数字，例如 86.5',
        '第 6 行「镇」：浙江省测试县测试2号镇已在第 3 行出现；同一个镇只能列一次',
      ]);
    });

    it.each([
      ['a rank repeated where 5 belongs', 4, '第 6 行「排名」：名次 4 与上一行重复；每个名次只能出现一次'],
      ['a rank that jumps where 5 belongs', 6, '第 6 行「排名」：名次从 4 跳到 6，缺少第 5 名'],
      ['a rank out of order where 5 belongs', 2, '第 6 行「排名」：名次 2 排在名次 4 之后；请按名次从小到大排列'],
    ])('%s', (_, rank, message) => {
      const rows = good();
      rows[4]![0] = rank;
      expect(fields([header, ...rows])).toEqual([message]);
    });

    it('a real gap: the ranks after it go on from the jump', () => {
      const rows = good().map((r, i) => (i >= 4 ? [i + 2, ...r.slice(1)] : r));
      expect(fields([header, ...rows])).toEqual(['第 6 行「排名」：名次从 4 跳到 6，缺少第 5 名']);
    });

    it('a real gap after a bad rank is still named once the rank reads again', () => {
      const rows = good();
      rows[4]![0] = '五';
      rows[7]![0] = 9;
      rows[8]![0] = 10;
      rows[9]![0] = 11;
      expect(fields([header, ...rows])).toEqual([
        '第 6 行「排名」：「五」不是数字；应填数字，例如 86.5',
        '第 9 行「排名」：名次从 7 跳到 9，缺少第 8 名',
      ]);
    });
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
    expect(fields([header.slice(0, 6), town(1, '甲镇')])[0]).toMatch(/^第 1 行（表头）：缺少第 7 列「人口聚集能力」；/);
  });

  it('names a column left out or one too many once, not every column after it', () => {
    const expected = `表头应依次为：${header.join('、')}`;
    expect(fields([header.filter((h) => h !== '县（市、区）'), town(1, '甲镇')])).toEqual([
      `第 1 行（表头）：缺少第 3 列「县（市、区）」；${expected}`,
    ]);
    expect(fields([[...header.slice(0, 2), '市', ...header.slice(2)], town(1, '甲镇')])).toEqual([
      `第 1 行（表头）：第 3 列「市」不在本榜单的列中；${expected}（指标列在榜单的「指标列」中声明）`,
    ]);
    // Two columns swapped are two wrong headers.
    expect(fields([[header[0]!, header[2]!, header[1]!, ...header.slice(3)], town(1, '甲镇')])).toHaveLength(2);
  });

  it('refuses a table with no towns', () => {
    expect(fields([header, []])).toEqual(['数据文件：表头下没有任何镇的数据']);
  });
});
