import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTownNames } from '../../../src/divisions/check-content.ts';
import { toCsv } from '../../../src/rankings/to-csv.ts';

/** A content folder with one edition (CSV rows after the header), a story and the editors' list. */
function content(rows: (string | number)[][], story: Record<string, string>, listed: unknown[] = []): string {
  const root = mkdtempSync(path.join(tmpdir(), 'divisions-'));
  for (const dir of ['rankings', 'stories', 'settings']) mkdirSync(path.join(root, dir));
  writeFileSync(path.join(root, 'rankings/2025-ceshi.md'), '---\ntitle: 测试\ndataFile: 2025-ceshi.csv\n---\n');
  writeFileSync(
    path.join(root, 'rankings/2025-ceshi.csv'),
    toCsv([['排名', '镇', '县（市、区）', '省份', '总分'], ...rows]),
  );
  const front = Object.entries(story).map(([k, v]) => `${k}: ${v}`);
  writeFileSync(path.join(root, 'stories/2026-05-01-ceshi.md'), `---\n${front.join('\n')}\n---\n\n测试正文。\n`);
  writeFileSync(path.join(root, 'settings/new-towns.json'), JSON.stringify({ towns: listed }));
  return root;
}

const label = (f: string) => `content/${f}`;
const story = { title: '测试', province: '浙江省', city: '湖州市安吉县', town: '孝丰镇' };

describe('checkTownNames', () => {
  it('accepts official towns in rows and stories', async () => {
    const root = content([[1, '孝丰镇', '安吉县', '浙江省', 90]], story);
    expect(await checkTownNames(root, label)).toEqual({ problems: [], notes: [] });
  });

  it('names the file, the row, the column and the nearest official town', async () => {
    const root = content(
      [
        [1, '孝丰镇', '安吉县', '浙江省', 90],
        [2, '晓峰镇', '安吉县', '浙江省', 89],
        [3, '孝丰镇', '德清县', '浙江省', 88],
        [4, '递铺街道', '安吉县', '浙江省', 87],
        [5, '孝丰镇', '安吉', '浙江省', 86],
      ],
      { ...story, city: '湖州市安吉县', town: '晓峰镇' },
    );
    const { problems } = await checkTownNames(root, label);
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['content/rankings/2025-ceshi.csv', '第 3 行「镇」'],
      ['content/rankings/2025-ceshi.csv', '第 4 行「镇」'],
      ['content/rankings/2025-ceshi.csv', '第 5 行「镇」'],
      ['content/rankings/2025-ceshi.csv', '第 6 行「县（市、区）」'],
      ['content/stories/2026-05-01-ceshi.md', 'town'],
    ]);
    expect(problems[0]!.message).toContain('相近的名称：孝丰镇（湖州市安吉县，330523105）');
    expect(problems[1]!.message).toContain('浙江省的孝丰镇在：孝丰镇（湖州市安吉县，330523105）');
    expect(problems[2]!.message).toContain('不是建制镇');
    expect(problems[4]!.message).toMatch(/^「晓峰镇」不在浙江省湖州市安吉县的官方区划中/);
  });

  it('checks the towns of the library’s profiles and projects, where any official township passes', async () => {
    const root = content([[1, '孝丰镇', '安吉县', '浙江省', 90]], story);
    for (const [dir, town] of [
      ['profiles', '晓峰镇'],
      ['projects', '递铺街道'],
    ] as const) {
      mkdirSync(path.join(root, dir));
      const front = `title: 测试\nprovince: 浙江省\ncounty: 安吉县\ntown: ${town}\ntownSlug: ceshi`;
      writeFileSync(path.join(root, `${dir}/ceshi.md`), `---\n${front}\n---\n`);
    }
    const { problems } = await checkTownNames(root, label);
    expect(problems.map((p) => [p.file, p.field])).toEqual([['content/profiles/ceshi.md', 'town']]);
    expect(problems[0]!.message).toContain('相近的名称：孝丰镇（湖州市安吉县，330523105）');
  });

  it('lets a town through only from the editors’ list, and says so', async () => {
    const entry = { province: '浙江省', city: '湖州市', county: '安吉县', town: '测试新设镇', basis: '测试依据' };
    const rows = [[1, '测试新设镇', '安吉县', '浙江省', 90]];
    expect((await checkTownNames(content(rows, story), label)).problems).toHaveLength(1);
    const { problems, notes } = await checkTownNames(content(rows, story, [entry]), label);
    expect(problems).toEqual([]);
    expect(notes).toEqual([
      '浙江省湖州市安吉县测试新设镇 不在官方区划中，按「新设与更名的镇」名单通过（依据：测试依据）：content/rankings/2025-ceshi.csv',
    ]);
  });

  it('lets nothing through for a list entry without names, and does not stop on it', async () => {
    const rows = [[1, '测试新设镇', '安吉县', '浙江省', 90]];
    const { problems } = await checkTownNames(content(rows, story, [{ province: '浙江省' }, null]), label);
    expect(problems.map((p) => p.field)).toEqual(['第 2 行「镇」']);
  });

  it('says when a listed town is in the official data after all', async () => {
    const entry = { province: '浙江省', county: '安吉县', town: '孝丰镇', basis: '测试依据' };
    const { notes } = await checkTownNames(content([[1, '孝丰镇', '安吉县', '浙江省', 90]], story, [entry]), label);
    expect(notes).toEqual([
      '「新设与更名的镇」中的 浙江省湖州市安吉县孝丰镇 已在官方区划中（330523105），可以从名单中删除',
    ]);
  });
});
