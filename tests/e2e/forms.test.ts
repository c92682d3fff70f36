/**
 * The online forms in real Chromium, on a site built from the real content plus a fixture
 * edition in 2099 (tests/fixtures/forum-open/), so that registration is open.
 *
 * Proves: the reply form checks input with Chinese messages, turns what was typed into an .xlsx
 * whose cells hold exactly those values, prepares a mailto: link, loads the workbook writer only on request,
 * sends no request carrying anything typed, keeps a draft as the reader types (never the ID numbers)
 * with a button that clears it, makes one file per tap with the button disabled meanwhile; and the
 * real 2026 edition shows the closed state.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../scripts/lib/static-server.ts';
import { browserSkipReason, launchBrowser } from '../support/browser.ts';
import { buildSite, makeContent } from '../support/build-site.ts';
import { ROOT, TEST_CACHE } from '../support/paths.ts';
import { xlsxRows } from '../support/xlsx-rows.ts';

const skip = browserSkipReason();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** What the test types: the standard's own example IDs and a published example credit code, never real people's. */
const ORG = '测试夹具镇人民政府';
const ADDRESS = '测试省测试县测试路 1 号';
const PEOPLE = [
  {
    name: '测试甲',
    gender: '男',
    position: '镇长',
    phone: '13912345678',
    id: '11010519491231002X',
    email: 'jia@example.com',
    checkIn: '2099-04-02',
    checkOut: '2099-04-04',
    room: '大床',
  },
  {
    name: '测试乙',
    gender: '女',
    position: '科员',
    phone: '010-67410000',
    id: '440524188001010014',
    email: 'yi@example.com',
    checkIn: '',
    checkOut: '',
    room: '不预订',
  },
];
const INVOICE = { title: '测试夹具镇人民政府', taxId: '91350100M000100Y43', email: 'fapiao@example.com' };

describe.skipIf(skip)('online forms in Chromium', () => {
  let browser: Browser;
  let server: RunningServer;

  beforeAll(async () => {
    const content = makeContent(
      path.join(TEST_CACHE, 'forum-open-content'),
      path.join(ROOT, 'tests/fixtures/forum-open'),
    );
    const dir = path.join(TEST_CACHE, 'forum-open-dist');
    const result = buildSite({ content, out: dir, env: { SITE_URL: 'https://gyxz.example.cn', SKIP_OG: '1' } });
    if (!result.ok) throw new Error(result.output);
    server = await startServer({ dir, port: 0 });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(
    route: string,
  ): Promise<{ context: BrowserContext; page: Page; requests: Request[]; errors: string[] }> {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, acceptDownloads: true });
    const page = await context.newPage();
    const requests: Request[] = [];
    const errors: string[] = [];
    context.on('request', (r) => requests.push(r));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    const response = await page.goto(server.url + route);
    expect(response?.status()).toBe(200);
    return { context, page, requests, errors };
  }

  /** Fill one attendee row; the row's fields are found by their visible labels within the row. */
  async function fillPerson(page: Page, index: number, p: (typeof PEOPLE)[number]) {
    const row = page.locator('fieldset[data-row]').nth(index);
    await row.getByLabel('姓名').fill(p.name);
    await row.getByLabel(p.gender, { exact: true }).check();
    await row.getByLabel('职务').fill(p.position);
    await row.getByLabel('电话').fill(p.phone);
    await row.getByLabel('身份证号').fill(p.id);
    await row.getByLabel('电子邮箱').fill(p.email);
    if (p.checkIn) await row.getByLabel('入住日期').fill(p.checkIn);
    if (p.checkOut) await row.getByLabel('退房日期').fill(p.checkOut);
    await row.getByLabel(p.room, { exact: true }).check();
  }

  it('asks, while open, for the reply and payment slip by the deadline, on the forum page and the form', async () => {
    const request = /请于\s*2099年3月18日\s*前，将(参会)?回执表和汇款回执（或截图）发送至组委会指定邮箱/u;
    for (const route of ['/forum/2099/', '/forum/2099/register/']) {
      const { context, page } = await open(route);
      expect(await page.locator('main').innerText(), route).toMatch(request);
      await context.close();
    }
  });

  it('fills the reply form, downloads the .xlsx with exactly the typed values, and no request carries them', async () => {
    const { context, page, requests, errors } = await open('/forum/2099/register/');
    await expect(page.locator('[data-live-status]').textContent()).resolves.toMatch(
      /^报名进行中：距回执截止（2099年3月18日）还有 \d+ 天，距论坛召开还有 \d+ 天/,
    );

    // Empty form: Chinese messages, no file.
    await page.getByRole('button', { name: /生成参会回执表文件/ }).click();
    await expect(page.locator('[data-error-summary]').textContent()).resolves.toContain('请填写单位名称');

    await page.getByLabel('单位名称').fill(ORG);
    await page.getByLabel('地址').fill(ADDRESS);
    await fillPerson(page, 0, { ...PEOPLE[0]!, id: '110105194912310021', checkOut: '2099-04-01' });
    await page.getByRole('button', { name: /再添加一行/ }).click();
    await fillPerson(page, 1, PEOPLE[1]!);
    await page.getByLabel('需要用餐（位）').fill('1');
    await page.getByLabel('发票名称').fill(INVOICE.title);
    await page.getByLabel('纳税人识别号').fill('91350100M000100Y44');
    await page.getByLabel('电子发票接收邮箱').fill(INVOICE.email);
    await page.getByRole('button', { name: /生成参会回执表文件/ }).click();
    const summary = (await page.locator('[data-error-summary]').textContent()) ?? '';
    expect(summary).toContain('身份证号最后一位校验码不符');
    expect(summary).toContain('退房日期应晚于入住日期');
    expect(summary).toContain('纳税人识别号最后一位校验码不符');
    expect(
      requests.some((r) => /\/_astro\/workbook\.[\w-]+\.js$/.test(r.url())),
      'the workbook writer loaded before it was asked for',
    ).toBe(false);

    // Correct them and generate the file.
    const first = page.locator('fieldset[data-row]').nth(0);
    await first.getByLabel('身份证号').fill(PEOPLE[0]!.id);
    await first.getByLabel('退房日期').fill(PEOPLE[0]!.checkOut);
    await page.getByLabel('纳税人识别号').fill(INVOICE.taxId);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /生成参会回执表文件/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`参会回执表-${ORG}.xlsx`);
    expect(
      requests.some((r) => /\/_astro\/workbook\.[\w-]+\.js$/.test(r.url())),
      'the workbook writer is loaded on request',
    ).toBe(true);

    const saved = await download.path();
    const rows = await xlsxRows(saved);
    expect(rows[0]![0]).toBe('测试用论坛届次（fixture，非真实论坛）参会回执表');
    expect(rows[1]!.slice(0, 3)).toEqual(['单位信息', '单位名称', ORG]);
    expect(rows[2]!.slice(0, 3)).toEqual(['单位信息', '地址', ADDRESS]);
    expect(rows[3]).toEqual([
      '姓名',
      '性别',
      '职务',
      '电话',
      '身份证号',
      '电子邮箱',
      '入住日期',
      '退房日期',
      '入住房型',
    ]);
    for (const [i, p] of PEOPLE.entries()) {
      expect(rows[4 + i]).toEqual([
        p.name,
        p.gender,
        p.position,
        p.phone,
        p.id,
        p.email,
        p.checkIn,
        p.checkOut,
        p.room,
      ]);
    }
    expect(rows[6]!.slice(0, 3)).toEqual(['早餐', '需要用餐（位）', '1']);
    expect(rows[7]!.slice(1, 3)).toEqual(['发票名称', INVOICE.title]);
    expect(rows[8]!.slice(1, 3)).toEqual(['纳税人识别号', INVOICE.taxId]);
    expect(rows[9]!.slice(1, 3)).toEqual(['电子发票接收邮箱', INVOICE.email]);
    expect(rows.some((r) => r[0]!.includes('账号：0200003609219003154'))).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    expect(typeof wb.worksheets[0]!.getCell(7, 3).value, 'breakfast is a number cell').toBe('number');

    // The prepared email goes to the edition's address and says attachments must be added by hand.
    const mail = await page.locator('[data-mail-link]').getAttribute('href');
    expect(mail).toMatch(/^mailto:fixture-forum@example\.com\?subject=/);
    expect(decodeURIComponent(mail!)).toContain(ORG);
    expect(await page.locator('[data-result]').textContent()).toContain('网页无法替您把文件放进邮件附件');

    // No request carries anything typed: not in the URL, the headers or a body.
    const typed = [
      ORG,
      ADDRESS,
      INVOICE.taxId,
      INVOICE.email,
      ...PEOPLE.flatMap((p) => [p.name, p.phone, p.id, p.email]),
    ];
    expect(requests.length).toBeGreaterThan(0);
    for (const r of requests) {
      const seen = [
        r.url(),
        decodeURIComponent(r.url()),
        r.postData() ?? '',
        JSON.stringify(await r.allHeaders()),
      ].join('\n');
      for (const value of typed) expect(seen, `${r.method()} ${r.url()}`).not.toContain(value);
      expect(r.method(), r.url()).toBe('GET');
      if (!r.url().startsWith('blob:')) expect(new URL(r.url()).origin).toBe(server.url);
    }
    // The automatic draft stays in this browser and never holds an ID number.
    // (It is written 400 ms after the last change, so wait for it rather than read it once.)
    const draft = () => page.evaluate(() => Object.values({ ...localStorage }).join('\n'));
    await expect.poll(draft, { timeout: 10_000 }).toContain(ORG);
    const stored = await draft();
    for (const p of PEOPLE) expect(stored).not.toContain(p.id);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps a draft as the reader types, without ID numbers, and clears it', async () => {
    const { context, page } = await open('/forum/2099/register/');
    await page.getByLabel('单位名称').fill(ORG);
    await page.getByRole('button', { name: /再添加一行/ }).click();
    const second = page.locator('fieldset[data-row]').nth(1);
    await second.getByLabel('姓名').fill('测试丙');
    await second.getByLabel('身份证号').fill(PEOPLE[0]!.id);
    await page.locator('[data-draft-note]', { hasText: '已自动保存草稿' }).waitFor();
    await page.reload();
    await expect(page.getByLabel('单位名称').inputValue()).resolves.toBe(ORG);
    await expect(page.locator('fieldset[data-row]').nth(1).getByLabel('姓名').inputValue()).resolves.toBe('测试丙');
    await expect(page.locator('fieldset[data-row]').nth(1).getByLabel('身份证号').inputValue()).resolves.toBe('');
    await expect(page.locator('[data-draft-note]').textContent()).resolves.toContain('已载入');
    // Clearing is far from the generate button, and can be undone.
    const clear = page.getByRole('button', { name: '清除草稿和已填内容' });
    const submit = (await page.locator('form[data-online-form] button[type="submit"]').boundingBox())!;
    expect((await clear.boundingBox())!.y - (submit.y + submit.height)).toBeGreaterThanOrEqual(48);
    await clear.click();
    await expect(page.getByLabel('单位名称').inputValue()).resolves.toBe('');
    await page.getByRole('button', { name: '撤销' }).click();
    await expect(page.getByLabel('单位名称').inputValue()).resolves.toBe(ORG);
    await expect(page.locator('fieldset[data-row]').nth(1).getByLabel('姓名').inputValue()).resolves.toBe('测试丙');
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('gyxz-form-draft:reply-2099')), { timeout: 10_000 })
      .toContain(ORG);
    await clear.click();
    expect(await page.evaluate(() => localStorage.getItem('gyxz-form-draft:reply-2099'))).toBeNull();
    await page.reload();
    await expect(page.getByLabel('单位名称').inputValue()).resolves.toBe('');
    await expect(page.locator('fieldset[data-row]').count()).resolves.toBe(1);
    await context.close();
  });

  it('the Excel button shows progress, is disabled while it works, and two taps make one file', async () => {
    const { context, page } = await open('/forms/questionnaire/');
    // Hold the workbook code back, as a slow connection would.
    await context.route('**/_astro/workbook*.js', async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    const downloads: string[] = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));
    await page.getByLabel('镇政府名称').fill(ORG);
    const button = page.getByRole('button', { name: /生成镇域发展问卷文件/ });
    await button.click();
    expect(await button.isDisabled()).toBe(true);
    expect(await page.locator('[data-progress]').isVisible()).toBe(true);
    await button.click({ force: true }).catch(() => undefined);
    await page.locator('[data-result]').waitFor({ state: 'visible' });
    await page.waitForTimeout(500);
    expect(await button.isDisabled()).toBe(false);
    expect(await page.locator('[data-progress]').isVisible()).toBe(false);
    expect(downloads).toEqual([`镇域发展问卷-${ORG}.xlsx`]);
    await context.close();
  });

  it('the questionnaire asks for the filler and a checked phone number with a phone keypad', async () => {
    const { context, page } = await open('/forms/questionnaire/');
    await page.getByLabel('镇政府名称').fill(ORG);
    await page.getByLabel('填表人', { exact: true }).fill('测试丁');
    const phone = page.getByLabel('填表人电话');
    expect(await phone.getAttribute('inputmode')).toBe('tel');
    await phone.fill('1380013800');
    await page.getByRole('button', { name: /生成镇域发展问卷文件/ }).click();
    await expect(page.locator('[data-error-summary]').textContent()).resolves.toContain('填表人电话');
    await context.close();
  });

  it('the blank forms download under the form’s name', async () => {
    const { context, page } = await open('/forms/questionnaire/');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /下载空白镇域发展问卷/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('镇域发展问卷（空白）.xlsx');
    await context.close();
  });

  it('copy buttons copy the bank account', async () => {
    const { context, page } = await open('/forum/2099/register/');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await page.getByRole('button', { name: '复制账号' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('0200003609219003154');
    await context.close();
  });

  it('the questionnaire produces a filled file too', async () => {
    const { context, page, requests, errors } = await open('/forms/questionnaire/');
    await page.getByLabel('镇政府名称').fill(ORG);
    await page.getByRole('group', { name: '镇政府有无意向打造新 IP？' }).getByLabel('有意向').check();
    await page.getByLabel('当地有何特产？').fill('测试特产：玻璃');
    await page.getByRole('group', { name: '理想培训周期' }).getByLabel('10 天班').check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /生成镇域发展问卷文件/ }).click(),
    ]);
    const rows = await xlsxRows(await download.path());
    const answer = (label: string) => rows.find((r) => r[1]!.startsWith(label))?.[2];
    expect(answer('镇政府名称')).toBe(ORG);
    expect(answer('镇政府有无意向打造新 IP？')).toBe('有意向');
    expect(answer('当地有何特产？')).toBe('测试特产：玻璃');
    expect(answer('理想培训周期')).toBe('10 天班');
    expect(rows.filter((r) => /^\d /.test(r[0]!)).map((r) => r[0]!.split(' ')[0])).toEqual(
      expect.arrayContaining(['1', '2', '3', '4', '5', '6', '7', '8', '9']),
    );
    for (const r of requests) expect(decodeURIComponent(r.url())).not.toContain('测试特产');
    expect(await page.locator('[data-mail-link]').getAttribute('href')).toMatch(/^mailto:gyxzyjzx@163\.com\?/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a page built while open closes itself once the reader’s date passes the deadline', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2099-03-19T09:00:00+08:00'));
    await page.goto(`${server.url}/forum/2099/register/`);
    await expect(page.locator('[data-live-status]').textContent()).resolves.toBe('报名已截止，不再接收回执表。');
    expect(await page.locator('form[data-online-form]').isHidden()).toBe(true);
    expect(await page.locator('[data-forum-state]').isHidden(), 'the out-of-date build-time state is hidden').toBe(
      true,
    );
    await context.close();
  });

  it('while open, the home page leads to the online reply form, and the form page has no axe violation', async () => {
    const { context, page } = await open('/');
    expect(await page.getByRole('link', { name: '在线填写回执表' }).first().getAttribute('href')).toBe(
      '/forum/2099/register/',
    );
    await page.goto(`${server.url}/forum/2099/register/`);
    await page.getByRole('button', { name: /生成参会回执表文件/ }).click();
    // evaluate() runs outside the page's CSP; the error summary and messages are on screen now.
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: () => Promise<{ violations: { id: string }[] }> } }).axe;
      return (await axe.run()).violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
    await context.close();
  });

  it('the real 2026 edition is closed: no form, no script, the deadline is named', async () => {
    const { context, page, requests } = await open('/forum/2026/register/');
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('论坛日期 2026年4月3日 已过');
    expect(text).toContain('报名已截止');
    expect(await page.locator('form[data-online-form]').count()).toBe(0);
    // Only the reading pages' one script (大字 and copy buttons), no form code.
    expect(requests.filter((r) => r.resourceType() === 'script').map((r) => new URL(r.url()).pathname)).toEqual([
      expect.stringMatching(/^\/_astro\/site-[\w-]+\.js$/),
    ]);
    await context.close();
  });
});
