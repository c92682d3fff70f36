/**
 * A town that is not in its official county stops the build (src/divisions/): each is named with
 * its file, row and column (or front-matter field) and the nearest official names; a town on the
 * editors' list passes and the build log names it.
 */
import { writeFileSync } from 'node:fs';
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

describe('towns that are not in their official county stop the build', () => {
  it('names the row, the column and the official town; lets a listed town through and logs it', async () => {
    const dir = path.join(TEST_CACHE, 'bad-towns');
    const content = makeContent(path.join(dir, 'content'));
    await writeRankingFixture(content, { years: [2024], size: 20 });
    const csv = path.join(content, 'rankings/2024-ceshi-20.csv');
    const cells = (await readEdition(csv, FIXTURE_INDICATORS)).rows.map(rowCells);
    const place = (row: number, town: string, county: string, province: string) =>
      cells[row - 2]!.splice(1, 3, town, county, province);
    place(5, '晓峰镇', '安吉县', '浙江省'); // misspelt: 孝丰镇
    place(6, '孝丰镇', '德清县', '浙江省'); // a real town under the wrong county
    place(7, '递铺街道', '安吉县', '浙江省'); // a 街道, no 建制镇
    place(8, '白马镇', '市中区', '四川省'); // 内江市 and 乐山市 both have a 市中区 with a 白马镇
    place(9, '测试新设镇', '安吉县', '浙江省'); // on the editors' list
    writeFileSync(csv, toCsv([rankingColumns(FIXTURE_INDICATORS).map((c) => c.label), ...cells]));
    writeFileSync(
      path.join(content, 'settings/new-towns.json'),
      JSON.stringify({
        towns: [{ province: '浙江省', city: '湖州市', county: '安吉县', town: '测试新设镇', basis: '测试用登记' }],
      }),
    );
    const story = writeStory(content, {
      title: '错写的镇名',
      ...{ province: '浙江省', city: '湖州市安吉县', town: '晓峰镇', townSlug: 'ceshi-cuo-zhen' },
    });

    const out = path.join(dir, 'dist');
    outWithPreviousBuild(out);
    const result = buildSite({ content, out, env: { SKIP_OG: '1', SKIP_SEARCH: '1' } });

    expect(result.ok, result.output).toBe(false);
    const shown = (f: string) => path.relative(ROOT, path.join(content, f));
    const expected = [
      `内容有误：${shown('rankings/2024-ceshi-20.csv')}`,
      '字段 第 5 行「镇」：「晓峰镇」不在浙江省湖州市安吉县的官方区划中（国家统计局 2023 年统计用区划代码）；湖州市安吉县相近的名称：孝丰镇（湖州市安吉县，330523105）',
      '字段 第 6 行「镇」：「孝丰镇」不在浙江省湖州市德清县的官方区划中',
      '浙江省的孝丰镇在：孝丰镇（湖州市安吉县，330523105），请核对「县（市、区）」',
      '字段 第 7 行「镇」：「递铺街道」是街道（湖州市安吉县，330523001），不是建制镇；本评价的对象是建制镇',
      '字段 第 8 行「县（市、区）」：四川省有 2 个「市中区」都有白马镇',
      '请在「县（市、区）」中写上所属的市，例如：内江市市中区',
      `内容有误：${shown(`stories/${story}.md`)}`,
      '字段 town：「晓峰镇」不在浙江省湖州市安吉县的官方区划中',
      // The build log names the town that passed only through the editors' list.
      `浙江省湖州市安吉县测试新设镇 不在官方区划中，按「新设与更名的镇」名单通过（依据：测试用登记）：${shown('rankings/2024-ceshi-20.csv')}`,
    ];
    for (const line of expected) expect(result.output, result.output).toContain(line);
    expect(result.output).not.toContain('「测试新设镇」不在');
    expect(previousBuildKept(out)).toBe(true);
  });
});
