import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editionWorkbook, rowCells } from '../../../src/rankings/edition-workbook.ts';
import { parseCsv } from '../../../src/rankings/parse-csv.ts';
import { readEdition } from '../../../src/rankings/read-edition.ts';
import { readTable } from '../../../src/rankings/read-table.ts';
import { toCsv } from '../../../src/rankings/to-csv.ts';
import type { RankingRow } from '../../../src/schemas/ranking.ts';

const INDICATORS = ['经济发展质量', '人口聚集能力'];
const ROWS: RankingRow[] = [
  { rank: 1, town: '测试甲镇', county: '测试县', province: '浙江省', score: 91.5, indicators: [90, 80] },
  { rank: 2, town: '测试乙镇', county: '测试市', province: '江苏省', score: 88, indicators: [85.25, 70] },
];
const dir = mkdtempSync(path.join(tmpdir(), 'rankings-'));
const write = (name: string, bytes: Uint8Array | string) => {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
};
async function workbook(sheets: Record<string, (string | number)[][]>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) wb.addWorksheet(name).addRows(rows);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('CSV', () => {
  it('parses quotes, commas and CRLF, and writes what it reads', () => {
    expect(parseCsv('a,"b,""c"""\r\n1,"x\ny"\n')).toEqual([
      ['a', 'b,"c"'],
      ['1', 'x\ny'],
    ]);
    const text = toCsv([
      ['排名', '镇'],
      [1, '甲,乙'],
    ]);
    expect(text).toBe('\uFEFF排名,镇\r\n1,"甲,乙"\r\n');
    expect(parseCsv(text.slice(1))).toEqual([
      ['排名', '镇'],
      ['1', '甲,乙'],
    ]);
  });
});

describe('readEdition', () => {
  it('reads a file again only when its bytes changed, and never shares rows between callers', async () => {
    const csv = (rows: RankingRow[]) =>
      toCsv([['排名', '镇', '县（市、区）', '省份', '总分', ...INDICATORS], ...rows.map(rowCells)]);
    const file = write('again.csv', csv(ROWS));
    const first = await readEdition(file, INDICATORS);
    first.rows[0]!.indicators.push(1);
    first.rows.pop();
    expect(await readEdition(file, INDICATORS)).toEqual({ rows: ROWS, problems: [] });
    write('again.csv', csv(ROWS.slice(0, 1)));
    expect((await readEdition(file, INDICATORS)).rows).toEqual(ROWS.slice(0, 1));
  });

  it('reads back the blank template and a filled workbook made from the definition', async () => {
    const blank = await readTable(await editionWorkbook(INDICATORS), 'blank.xlsx');
    expect(blank).toEqual({ table: [['排名', '镇', '县（市、区）', '省份', '总分', ...INDICATORS]] });
    const file = write('good.xlsx', await editionWorkbook(INDICATORS, ROWS));
    expect(await readEdition(file, INDICATORS)).toEqual({ rows: ROWS, problems: [] });
  });

  it('reads a CSV in UTF-8 with BOM and in GB18030', async () => {
    const csv = toCsv([
      ['排名', '镇', '县（市、区）', '省份', '总分', ...INDICATORS],
      ...ROWS.map((r) => [r.rank, r.town, r.county, r.province, r.score, ...r.indicators]),
    ]);
    expect(await readEdition(write('utf8.csv', csv), INDICATORS)).toEqual({ rows: ROWS, problems: [] });
    // TextEncoder writes only UTF-8, so the GB18030 bytes of 排名 are spelled out.
    const gbk = new Uint8Array([0xc5, 0xc5, 0xc3, 0xfb]); // 排名
    expect(await readTable(gbk, 'gbk.csv')).toEqual({ table: [['排名']] });
  });

  it('names the file problems: not a workbook, old .xls, missing sheet, missing file', async () => {
    const problem = async (name: string, bytes: Uint8Array | string) =>
      (await readEdition(write(name, bytes), INDICATORS)).problems.map((p) => `${p.field}：${p.message}`);
    expect(await problem('text.xlsx', '排名,镇\n')).toEqual([
      '数据文件：不是 Excel 工作簿（.xlsx）；请在 Excel 或 WPS 中用「另存为 → Excel 工作簿（*.xlsx）」保存后重新上传',
    ]);
    expect((await problem('zip.xlsx', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0])))[0]).toMatch(/不是 Excel 工作簿/);
    expect((await problem('old.xlsx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0])))[0]).toMatch(/旧版 .xls 格式/);
    expect(await problem('sheets.xlsx', await workbook({ Sheet1: [['x']], Sheet2: [['y']] }))).toEqual([
      '数据文件：工作簿里没有名为「排名」的工作表（现有：Sheet1、Sheet2）；名单应放在「排名」工作表中',
    ]);
    const missing = await readEdition(path.join(dir, 'nope.xlsx'), INDICATORS);
    expect(missing.problems[0]!.message).toMatch(/找不到这个文件/);
  });

  it('takes the sheet named 排名 among several, and reports row problems with Excel row numbers', async () => {
    const bytes = await workbook({
      说明: [['本表为测试']],
      排名: [
        ['排名', '镇', '县（市、区）', '省份', '总分', ...INDICATORS],
        [1, '测试甲镇', '测试县', '浙江省', 90, 1, 2],
        [3, '测试乙镇', '测试县', '火星省', 'abc', 1, 2],
      ],
    });
    const { problems } = await readEdition(write('several.xlsx', bytes), INDICATORS);
    // Rank 3 after 1 is a third defect, named although other cells of its row are refused.
    expect(problems.map((p) => p.field)).toEqual(['第 3 行「省份」', '第 3 行「总分」', '第 3 行「排名」']);
  });
});
