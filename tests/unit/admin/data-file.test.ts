import { describe, expect, it } from 'vitest';
import { DATA_FILE_CHECKS, problemMessage } from '../../../admin/data-file.ts';
import { rankingColumns } from '../../../src/rankings/columns.ts';
import { editionWorkbook } from '../../../src/rankings/edition-workbook.ts';
import { toCsv } from '../../../src/rankings/to-csv.ts';

const INDICATORS = ['经济发展质量'];
const header = rankingColumns(INDICATORS).map((c) => c.label);
// Real towns (the check reads the official divisions); made-up ranks and scores.
const good = [header, [1, '孝丰镇', '安吉县', '浙江省', 90, 91], [2, '天荒坪镇', '安吉县', '浙江省', 89, 88]];
const check = DATA_FILE_CHECKS['rankings']!;
const csv = (rows: (string | number)[][]) => new TextEncoder().encode(toCsv(rows));

describe('the CMS check of a ranking data file', () => {
  it('accepts what the build accepts, CSV and .xlsx', async () => {
    expect(await check(csv(good), '20261127-3f9a1c.csv', { indicators: INDICATORS })).toEqual({
      read: '已检查：2 个镇，没有发现问题',
    });
    const xlsx = await editionWorkbook(INDICATORS, [
      { rank: 1, town: '孝丰镇', county: '安吉县', province: '浙江省', score: 90, indicators: [91] },
    ]);
    expect(await check(xlsx, '20261127-3f9a1c.xlsx', { indicators: INDICATORS })).toEqual({
      read: '已检查：1 个镇，没有发现问题',
    });
  });

  it('refuses a bad row with the build’s message: file, row and column', async () => {
    const bad = [...good.slice(0, 2), [2, '天荒坪镇', '安吉县', '浙江', 89, 88]];
    const { problem: message } = await check(csv(bad), '20261127-3f9a1c.csv', { indicators: INDICATORS });
    expect(message).toMatch(
      /^内容有误：content\/rankings\/20261127-3f9a1c\.csv\n {2}字段 第 3 行「省份」：「浙江」不是正式的省级行政区名称；应为以下之一：北京市、/,
    );
  });

  it('refuses a town not in the official divisions, or no 建制镇, with the build’s message and the nearest names', async () => {
    const rows = [header, [1, '晓峰镇', '湖州市安吉县', '浙江省', 90, 91], [2, '递铺街道', '安吉县', '浙江省', 89, 88]];
    const { problem: message } = await check(csv(rows), 'a.csv', { indicators: INDICATORS });
    expect(message).toContain('字段 第 2 行「镇」：「晓峰镇」不在浙江省湖州市安吉县的官方区划中');
    expect(message).toContain('相近的名称：孝丰镇（湖州市安吉县，330523105）');
    expect(message).toContain('字段 第 3 行「镇」：「递铺街道」是街道（湖州市安吉县，330523001），不是建制镇');
  });

  it('reads the declared indicator columns from the entry: a column it lacks is a header problem', async () => {
    const { problem: message } = await check(csv(good), 'a.csv', { indicators: [] });
    expect(message).toContain('字段 第 1 行（表头）：第 6 列「经济发展质量」不在本榜单的列中');
  });

  it('refuses a file that is not a workbook', async () => {
    const { problem: message } = await check(new TextEncoder().encode('排名,镇\n'), 'a.xlsx', {});
    expect(message).toContain('字段 数据文件：不是 Excel 工作簿（.xlsx）');
  });

  it('shows the first ten problems and counts the rest', () => {
    const problems = Array.from({ length: 13 }, (_, i) => ({ field: `第 ${i + 2} 行「总分」`, message: '不能为空' }));
    const message = problemMessage('content/rankings/a.csv', problems);
    expect(message.split('\n')).toHaveLength(12);
    expect(message).toMatch(/另有 3 处问题$/);
  });
});
