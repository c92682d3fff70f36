/**
 * The library in the CMS, end to end: the built /admin/ in real Chromium, the real decap-server in
 * git mode on a throwaway clone. A project goes through review to published; a town's profile is
 * filled from its returned questionnaire workbook (never committed), and a bad workbook is refused
 * at the field with its row and field.
 */
import { load } from 'js-yaml';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formWorkbook } from '../../src/forms/workbook.ts';
import { forms } from '../../src/schemas/form.ts';
import { INDUSTRIES } from '../../src/schemas/industries.ts';
import { toZod } from '../../src/schemas/to-zod.ts';
import { browserSkipReason } from '../support/browser.ts';
import { gitOut } from '../support/cms-backend.ts';
import { backendRequests, publishDraft, useCmsSession } from '../support/cms-session.ts';
import { ROOT } from '../support/paths.ts';

const skip = browserSkipReason();
const questionnaire = toZod(forms).parse(
  load(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(ROOT, 'content/forms/questionnaire.md'), 'utf8'))![1]!),
);

/** A returned questionnaire as the site's form writes it, answers by field code; 测试数据 throughout. */
function returned(answers: Record<string, string>): Buffer {
  const values = questionnaire.sections.map((s) => [
    Object.fromEntries(s.fields.map((f) => [f.key, answers[f.key] ?? ''])),
  ]);
  return Buffer.from(formWorkbook({ title: questionnaire.title, sections: questionnaire.sections, values }));
}

describe.skipIf(skip)('CMS: projects and profiles of the library', () => {
  const cms = useCmsSession('cms-library');
  let page: Page;
  let busy = () => 0;

  async function open(route: string) {
    page = await cms.newPage();
    page.setDefaultTimeout(20_000);
    busy = backendRequests(page, cms.decap.url);
    await page.goto(`${cms.site.url}/admin/`);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('招商项目').first().waitFor();
    await page.goto(`${cms.site.url}/admin/#/collections/${route}`);
  }
  /** decap-server runs one git request at a time: act once it has answered everything else. */
  async function whenIdle(action: () => Promise<void>) {
    await expect.poll(() => busy(), { timeout: 60_000 }).toBe(0);
    await action();
  }
  const save = () => whenIdle(() => page.getByRole('button', { name: '保存', exact: true }).click());
  async function choose(label: string, option: string) {
    await page.getByLabel(label, { exact: true }).fill(option);
    await page.keyboard.press('Enter');
  }
  async function place() {
    await choose('省份', '浙江省');
    await page.getByLabel('县（市、区）', { exact: true }).fill('安吉县');
    await page.getByLabel('镇', { exact: true }).fill('孝丰镇');
    await page.getByLabel('镇的拼音', { exact: true }).fill('zhejiang-anji-xiaofeng');
  }

  it('a project is saved as a draft, reviewed, and only then published', async () => {
    await open('projects/new');
    await page.getByLabel('项目名称', { exact: true }).fill('测试项目（测试数据）');
    await page.getByLabel('发布日期', { exact: true }).fill('2026-06-01');
    await place();
    await choose('产业', '绿色低碳');
    await page.getByLabel('摘要', { exact: true }).fill('测试数据：CMS 端到端测试录入的项目。');
    await page.getByLabel('信息来源', { exact: true }).fill('测试数据，由 tests/e2e/cms-library.test.ts 录入');
    await page.locator('[contenteditable="true"]').click();
    await page.keyboard.insertText('测试数据：项目详情。');
    await save();
    await page.getByText('状态: 草稿').waitFor({ timeout: 30_000 });
    const file = 'content/projects/2026-06-01-zhejiang-anji-xiaofeng.md';
    expect(gitOut(cms.repo, 'ls-tree', '--name-only', cms.branch, 'content/projects/')).not.toContain(file);
    await publishDraft(page, cms.repo, busy);
    const saved = gitOut(cms.repo, 'show', `${cms.branch}:${file}`);
    expect(saved).toMatch(/^industry: 绿色低碳$/m);
    expect(saved).toMatch(/^status: 征集中$/m);
  });

  it('a project naming a town not in its county is refused at the field and at save, and nothing is committed', async () => {
    await open('projects/new');
    await page.getByLabel('项目名称', { exact: true }).fill('测试项目：区划核对（测试数据）');
    await page.getByLabel('发布日期', { exact: true }).fill('2026-06-02');
    await choose('省份', '浙江省');
    await page.getByLabel('县（市、区）', { exact: true }).fill('湖州市安吉县');
    await page.getByLabel('镇', { exact: true }).fill('晓峰镇');
    await page.getByLabel('镇的拼音', { exact: true }).fill('zhejiang-anji-xiaofeng');
    await choose('产业', '绿色低碳');
    await page.getByLabel('摘要', { exact: true }).fill('测试数据：镇名不在官方区划中的项目。');
    await page.getByLabel('信息来源', { exact: true }).fill('测试数据，由 tests/e2e/cms-library.test.ts 录入');
    await page.locator('[contenteditable="true"]').click();
    await page.keyboard.insertText('测试数据：项目详情。');
    // The build's own message, with the nearest official names, at the 镇 field.
    const message = page.getByText(
      /「晓峰镇」不在浙江省湖州市安吉县的官方区划中.*相近的名称：孝丰镇（湖州市安吉县，330523105）/,
    );
    const before = gitOut(cms.repo, 'log', '--all', '--format=%H');
    await save();
    await message.waitFor();
    await page.waitForTimeout(1000);
    expect(await page.getByText('状态: 草稿').count()).toBe(0);
    expect(gitOut(cms.repo, 'branch', '--list', 'cms/*').trim()).toBe('');
    expect(gitOut(cms.repo, 'log', '--all', '--format=%H')).toBe(before);
    // Corrected to the official name, it saves.
    const town = page.getByLabel('镇', { exact: true });
    await town.fill('');
    await town.fill('孝丰镇');
    await expect.poll(() => town.inputValue()).toBe('孝丰镇');
    await expect.poll(() => message.count()).toBe(0);
    await save();
    await page.getByText('状态: 草稿').waitFor({ timeout: 30_000 });
  });

  it('the industries list previews as the catalogue offers it: categories with projects, counted', async () => {
    // The project the test above published is the clone's one published project.
    await open('industries/entries/industries');
    const preview = page.frameLocator('#preview-pane');
    const offered = preview.getByRole('navigation', { name: '浏览招商项目' }).getByRole('link');
    await expect.poll(() => offered.allInnerTexts(), { timeout: 20_000 }).toEqual(['绿色低碳（1）']);
    expect(await offered.getAttribute('href')).toBe('/projects/industries/lvseditan/');
    const rest = INDUSTRIES.filter((name) => name !== '绿色低碳');
    expect(await preview.locator('p.facts').innerText()).toBe(`还没有项目、招商项目页不列出：${rest.join('、')}`);
  });

  it('a returned questionnaire fills the profile’s empty fields on save and is never committed', async () => {
    await open('profiles/new');
    await place();
    await page.getByLabel('信息来源', { exact: true }).fill('测试数据：镇域发展问卷');
    await page.getByLabel('当地发展需求').fill('编辑写的需求（测试数据）');
    const xlsx = returned({
      town: '孝丰镇人民政府',
      filler: '测试丁',
      'filler-phone': '13912345678',
      'featured-industry': '测试特色产业（测试数据）',
      specialties: '测试特产甲\n测试特产乙',
      'investment-promotion': '有意向',
      'development-needs': '问卷里的需求',
    });
    await page
      .getByLabel('从问卷导入')
      .setInputFiles({ name: '问卷-孝丰镇.xlsx', mimeType: 'application/octet-stream', buffer: xlsx });
    await page.getByRole('status').filter({ hasText: '已读取「问卷-孝丰镇.xlsx」' }).waitFor();
    await save();
    await page.getByText('状态: 草稿').waitFor({ timeout: 30_000 });
    const review = 'cms/profiles/zhejiang-anji-xiaofeng';
    const changed = gitOut(cms.repo, 'diff', '--name-only', `${cms.branch}...${review}`).trim().split('\n');
    expect(changed).toEqual(['content/profiles/zhejiang-anji-xiaofeng.md']);
    const saved = gitOut(cms.repo, 'show', `${review}:content/profiles/zhejiang-anji-xiaofeng.md`);
    expect(saved).toContain('featuredIndustry: 测试特色产业（测试数据）');
    expect(saved).toContain('测试特产乙');
    expect(saved).toMatch(/^investment: 有意向$/m);
    // What the editor typed wins; the workbook's people, phones and the pending import are not saved.
    expect(saved).toContain('needs: 编辑写的需求（测试数据）');
    for (const absent of ['问卷里的需求', '测试丁', '13912345678', 'questionnaire'])
      expect(saved).not.toContain(absent);
    const everCommitted = gitOut(cms.repo, 'log', '--all', '--name-only', '--format=', '--', 'content/', 'public/');
    expect(everCommitted).not.toMatch(/\.xlsx$/m);
  });

  it('a bad workbook is refused at the field, naming its row and field', async () => {
    await open('profiles/new');
    await place();
    await page.getByLabel('信息来源', { exact: true }).fill('测试数据');
    const bad = returned({ town: '孝丰乡人民政府', 'investment-promotion': '也许' });
    await page
      .getByLabel('从问卷导入')
      .setInputFiles({ name: 'bad.xlsx', mimeType: 'application/octet-stream', buffer: bad });
    await save();
    const message = page.getByText(/内容有误：「bad\.xlsx」/);
    await message.waitFor();
    const text = await message.innerText();
    expect(text).toMatch(/字段 第 \d+ 行「镇政府名称」：应为镇政府的名称/);
    expect(text).toMatch(/字段 第 \d+ 行「有无招商及地方推介意向？」：应为 有意向 或 无，现在是「也许」/);
    expect(await page.getByText('状态: 草稿').count()).toBe(0);
  });
});
