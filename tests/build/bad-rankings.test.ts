/**
 * A bad ranking data file stops the build before anything is written: every bad row is named with
 * its file, row number and column, and the previous output folder is left as it was.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_INDICATORS, writeRankingFixture } from '../../scripts/ranking-fixture.ts';
import { rankingColumns } from '../../src/rankings/columns.ts';
import { rowCells } from '../../src/rankings/edition-workbook.ts';
import { readEdition } from '../../src/rankings/read-edition.ts';
import { toCsv } from '../../src/rankings/to-csv.ts';
import { buildSite, makeContent, outWithPreviousBuild, previousBuildKept } from '../support/build-site.ts';
import { ROOT, TEST_CACHE } from '../support/paths.ts';
import { writeStory } from '../support/story-file.ts';

describe('bad ranking data stops the build', () => {
  it('names every bad row and column, and a file that is not a workbook; dist/ is untouched', async () => {
    const dir = path.join(TEST_CACHE, 'bad-rankings');
    const content = makeContent(path.join(dir, 'content'));
    await writeRankingFixture(content, { years: [2024, 2025], size: 20 });
    const csv = path.join(content, 'rankings/2024-ceshi-20.csv');
    const { rows } = await readEdition(csv, FIXTURE_INDICATORS);
    const cells = rows.map(rowCells);
    cells[2]![0] = 2; // rank 2 twice (row 4)
    cells[5]![0] = 7; // rank 6 skipped (row 7)
    cells[8]![3] = '浙江'; // not an official province name (row 10)
    cells[9]![4] = '九十'; // not a number (row 11)
    cells[12]!.splice(1, 3, ...cells[11]!.slice(1, 4)); // the town of row 13 again (row 14)
    const header = rankingColumns(FIXTURE_INDICATORS).map((c) => c.label);
    writeFileSync(
      csv,
      toCsv([header, ...cells.slice(0, 15), [], ...cells.slice(15)]).replace('\r\n\r\n', '\r\n,,,,\r\n'),
    );
    writeFileSync(path.join(content, 'rankings/2025-ceshi-20.xlsx'), '排名,镇\n1,测试镇\n');

    const out = path.join(dir, 'dist');
    outWithPreviousBuild(out);
    const result = buildSite({ content, out, env: { ASTRO_LOG: 'silent' } });

    expect(result.ok, result.output).toBe(false);
    const shown = (f: string) => path.relative(ROOT, path.join(content, 'rankings', f));
    const expected = [
      `内容有误：${shown('2024-ceshi-20.csv')}`,
      '字段 第 4 行「排名」：名次 2 与上一行重复',
      '字段 第 7 行「排名」：名次从 5 跳到 7，缺少第 6 名',
      '字段 第 10 行「省份」：「浙江」不是正式的省级行政区名称',
      '字段 第 11 行「总分」：「九十」不是数字',
      '字段 第 14 行「镇」：',
      '已在第 13 行出现',
      '字段 第 17 行：是空行',
      `内容有误：${shown('2025-ceshi-20.xlsx')}`,
      '字段 数据文件：不是 Excel 工作簿（.xlsx）',
    ];
    for (const line of expected) expect(result.output, result.output).toContain(line);
    // One message per bad cell: no false jump after the repeated, skipped or unreadable ones.
    const csvBlock = result.output.split(`内容有误：${shown('2024-ceshi-20.csv')}\n`)[1]!.split('\n\n')[0]!;
    expect(
      csvBlock.split('\n').filter((l) => l.trim().startsWith('字段 ')),
      csvBlock,
    ).toHaveLength(6);
    expect(previousBuildKept(out)).toBe(true);
  });

  it('stops on one town given two slugs, by an edition and by a story, naming both', async () => {
    const dir = path.join(TEST_CACHE, 'two-slugs');
    const content = makeContent(path.join(dir, 'content'));
    await writeRankingFixture(content, { years: [2024, 2025], size: 20 });
    // The 2025 edition names 孝丰镇's slug; a story about the same town names another.
    const entry = path.join(content, 'rankings/2025-ceshi-20.md');
    const slugs = [{ province: '浙江省', county: '安吉县', town: '孝丰镇', slug: 'zhejiang-anji-xf' }];
    writeFileSync(
      entry,
      readFileSync(entry, 'utf8').replace(/\n---\n/, `\ntownSlugs: ${JSON.stringify(slugs)}\n---\n`),
    );
    const story = { province: '浙江省', city: '湖州市安吉县', town: '孝丰镇', townSlug: 'zhejiang-anji-xiaofeng' };
    writeStory(content, { title: '孝丰镇', ...story });

    const out = path.join(dir, 'dist');
    outWithPreviousBuild(out);
    const result = buildSite({ content, out, env: { ASTRO_LOG: 'silent', SKIP_OG: '1', SKIP_SEARCH: '1' } });

    expect(result.ok, result.output).toBe(false);
    expect(result.output).toContain('镇的网址拼音有冲突');
    expect(result.output).toContain(
      '镇域故事 2026-05-01-zhejiang-anji-xiaofeng 把「浙江省安吉县孝丰镇」的网址拼音定为 zhejiang-anji-xiaofeng，别处定为 zhejiang-anji-xf；同一个镇只能用一个拼音',
    );
    expect(previousBuildKept(out)).toBe(true);
  });
});
