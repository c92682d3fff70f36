/**
 * A ranking edition in the CMS, end to end: the built /admin/ in real Chromium, the real
 * decap-server in git mode on a throwaway clone. The data file is uploaded at the entry's
 * field, saved beside the entry on its review branch, and checked in the browser by the
 * build's own reader (the .xlsx one included): a bad row, or a town not in the official
 * divisions, cannot be saved.
 */
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkEditionFile } from '../../src/rankings/check-file.ts';
import { editionWorkbook } from '../../src/rankings/edition-workbook.ts';
import type { RankingRow } from '../../src/schemas/ranking.ts';
import { browserSkipReason } from '../support/browser.ts';
import { gitOut } from '../support/cms-backend.ts';
import { useCmsSession } from '../support/cms-session.ts';
import { spawnSync } from 'node:child_process';

const skip = browserSkipReason();

/** Three real towns (the CMS checks them against the official divisions) with made-up scores, no indicator columns. */
const ROWS: RankingRow[] = [
  { rank: 1, town: '孝丰镇', county: '安吉县', province: '浙江省', score: 90.5, indicators: [] },
  { rank: 2, town: '天荒坪镇', county: '安吉县', province: '浙江省', score: 88, indicators: [] },
  { rank: 3, town: '千灯镇', county: '昆山市', province: '江苏省', score: 86.25, indicators: [] },
];

/** A file's bytes on a branch of the clone. */
function showFile(repo: string, ref: string, file: string): Uint8Array {
  const r = spawnSync('git', ['show', `${ref}:${file}`], { cwd: repo });
  if (r.status !== 0) throw new Error(`git show ${ref}:${file} failed: ${String(r.stderr)}`);
  return new Uint8Array(r.stdout);
}

describe.skipIf(skip)('CMS: a ranking edition and its data file', () => {
  const cms = useCmsSession('cms-rankings');
  let page: Page;

  /** A new edition with every text field filled in and `file` uploaded as its data file. */
  async function newEdition(slug: string, file: { name: string; buffer: Buffer }) {
    page = await cms.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(`${cms.site.url}/admin/`);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('评价榜单').first().waitFor();
    await page.goto(`${cms.site.url}/admin/#/collections/rankings/new`);
    await page.getByLabel('榜单名称', { exact: true }).fill('2025 年测试榜单（测试数据）');
    await page.getByLabel('评价年度', { exact: true }).fill('2025');
    await page.getByLabel('榜单的拼音简称', { exact: true }).fill(slug);
    await page.getByLabel('摘要', { exact: true }).fill('测试数据：CMS 端到端测试上传的榜单。');
    await page.getByLabel('数据来源说明', { exact: true }).fill('测试数据，由 tests/e2e/cms-rankings.test.ts 生成');
    await page.locator('[contenteditable="true"]').click();
    await page.keyboard.insertText('测试数据：本榜单的镇名与分数均为测试生成。');
    await page.getByRole('button', { name: '选择文件' }).click();
    await page.getByRole('button', { name: '上传' }).waitFor();
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: file.buffer });
    await page.getByRole('button', { name: '选用已选中项目' }).click();
  }

  const save = () => page.getByRole('button', { name: '保存', exact: true }).click();

  /** Saving is refused: the field still says why, and the edition has no draft and no review branch. */
  async function refusedOnSave(message: Locator, slug: string) {
    await save();
    await message.waitFor();
    await page.waitForTimeout(1000);
    expect(gitOut(cms.repo, 'branch', '--list', `cms/rankings/2025-${slug}`).trim()).toBe('');
    expect(await page.getByText('状态: 草稿').count()).toBe(0);
  }

  it('a good .xlsx is checked in the browser and saved beside the entry, on its review branch', async () => {
    const xlsx = Buffer.from(await editionWorkbook([], ROWS));
    await newEdition('ceshi-cms', { name: '测试榜单 2025.xlsx', buffer: xlsx });
    // The check runs in the browser once the file is chosen, and says what it read.
    await page.getByRole('status').filter({ hasText: '已检查：3 个镇，没有发现问题' }).waitFor();
    await save();
    await page.getByText('状态: 草稿').waitFor();

    const review = 'cms/rankings/2025-ceshi-cms';
    expect(gitOut(cms.repo, 'branch', '--list', 'cms/rankings/*')).toContain(review);
    // Entry and data file together, in the entry's folder, in this review only.
    const changed = gitOut(cms.repo, 'diff', '--name-only', `${cms.branch}...${review}`).trim().split('\n').sort();
    expect(changed).toEqual([
      'content/rankings/2025-ceshi-cms.md',
      // 测试榜单 2025.xlsx under an ASCII name: the date, the ASCII words, a random part.
      expect.stringMatching(/^content\/rankings\/\d{8}-2025-[0-9a-f]{6}\.xlsx$/),
    ]);
    const dataFile = path.basename(changed[1]!);
    const entry = new TextDecoder().decode(showFile(cms.repo, review, 'content/rankings/2025-ceshi-cms.md'));
    expect(entry).toMatch(new RegExp(`^dataFile: ${dataFile.replace('.', '\\.')}$`, 'm'));
    // The very bytes uploaded, which the build reads back as the three towns.
    const saved = showFile(cms.repo, review, `content/rankings/${dataFile}`);
    expect(Buffer.from(saved).equals(xlsx)).toBe(true);
    expect(await checkEditionFile(saved, dataFile)).toEqual({ rows: ROWS, problems: [] });
    expect(gitOut(cms.repo, 'ls-tree', '--name-only', cms.branch, 'content/rankings/')).not.toContain(dataFile);
  });

  it('a file with a bad row is refused at the field, named both ways, and never enters the repository', async () => {
    const bad = ROWS.map((r) => ({ ...r }));
    bad[2]!.province = '江苏' as RankingRow['province'];
    await newEdition('ceshi-cuowu', { name: 'bad.xlsx', buffer: Buffer.from(await editionWorkbook([], bad)) });
    // Named as the editor's file was, and as the repository would keep it.
    const message = page.getByText(/内容有误：「bad\.xlsx」（保存为 content\/rankings\/\d{8}-bad-[0-9a-f]{6}\.xlsx）/);
    // Shown as soon as the check ends, before any save.
    await message.waitFor();
    expect(await message.innerText()).toContain('字段 第 4 行「省份」：「江苏」不是正式的省级行政区名称');
    await refusedOnSave(message, 'ceshi-cuowu');

    // The editor replaces the refused file with a good one and saves: only the good file
    // enters the repository, on no branch is the refused one.
    const refused = /\d{8}-bad-[0-9a-f]{6}\.xlsx/.exec(await message.innerText())![0];
    await page.getByRole('button', { name: '选择其他文件' }).click();
    await page.getByRole('button', { name: '上传' }).waitFor();
    await page.locator('input[type="file"]').setInputFiles({
      name: 'good.xlsx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(await editionWorkbook([], ROWS)),
    });
    await page.getByRole('button', { name: '选用已选中项目' }).click();
    await page.getByRole('status').filter({ hasText: '已检查：3 个镇，没有发现问题' }).waitFor();
    await save();
    await page.getByText('状态: 草稿').waitFor();
    const everywhere = gitOut(cms.repo, 'log', '--all', '--name-only', '--format=');
    expect(everywhere).toMatch(/content\/rankings\/\d{8}-good-[0-9a-f]{6}\.xlsx/);
    expect(everywhere).not.toContain(refused);
  });

  it('a file naming a town not in the official divisions is refused at the field, with the nearest names', async () => {
    const made = ROWS.map((r) => ({ ...r }));
    made[1]!.town = '晓峰镇'; // made up: 安吉县 has 孝丰镇
    await newEdition('ceshi-quhua', { name: 'towns.xlsx', buffer: Buffer.from(await editionWorkbook([], made)) });
    const message = page.getByText(/内容有误：「towns\.xlsx」/);
    await message.waitFor();
    expect(await message.innerText()).toContain('字段 第 3 行「镇」：「晓峰镇」不在浙江省湖州市安吉县的官方区划中（');
    expect(await message.innerText()).toContain('相近的名称：孝丰镇（湖州市安吉县，330523105）');
    await refusedOnSave(message, 'ceshi-quhua');
  });
});
