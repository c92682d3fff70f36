/**
 * The request for the full investment catalogue (投资项目目录，依申请发送) in real Chromium, on the
 * fixture site: the form checks the credit code's check character, makes the very workbook the
 * site's own writer makes from what was typed, sends no request carrying it, keeps only a local
 * draft, and fits a 320 px phone.
 */
import { load } from 'js-yaml';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { usccCheckChar } from '../../src/forms/validators/uscc.ts';
import { formWorkbook } from '../../src/forms/workbook.ts';
import { forms } from '../../src/schemas/form.ts';
import { toZod } from '../../src/schemas/to-zod.ts';
import { browserSkipReason } from '../support/browser.ts';
import { ROOT } from '../support/paths.ts';
import { useFixtureBrowser } from '../support/site-server.ts';

const skip = browserSkipReason();
const ROUTE = '/forms/catalogue-request/';
const def = toZod(forms).parse(
  load(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(ROOT, 'content/forms/catalogue-request.md'), 'utf8'))![1]!),
);
/** A code computed here from 17 chosen characters: valid by the standard, no real firm's. */
const BODY = '91330523MA2B3C4D5';
const USCC = BODY + usccCheckChar(BODY);
const WRONG = BODY + (USCC.endsWith('0') ? '1' : '0');
const TYPED = {
  firm: '测试夹具企业有限公司',
  uscc: USCC,
  contact: '测试丙',
  phone: '13912345678',
  email: 'bing@example.com',
  industries: '智能制造\n绿色低碳',
  projects: '测试项目 1（测试数据）',
  message: '测试留言',
};

describe.skipIf(skip)('the catalogue request form', () => {
  const site = useFixtureBrowser();

  it('refuses a wrong check character, then makes exactly the site’s workbook of what was typed', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 740 }, acceptDownloads: true });
    const page = await context.newPage();
    const requests: Request[] = [];
    context.on('request', (r) => requests.push(r));
    await page.goto(site.server.url + ROUTE);
    await page.getByLabel('企业名称').fill(TYPED.firm);
    await page.getByLabel('统一社会信用代码').fill(WRONG);
    await page.getByRole('button', { name: /生成投资项目目录申请表文件/ }).click();
    const summary = (await page.locator('[data-error-summary]').textContent()) ?? '';
    expect(summary).toContain('统一社会信用代码最后一位校验码不符');
    expect(summary).toContain('请填写联系人');

    await page.getByLabel('统一社会信用代码').fill(TYPED.uscc);
    await page.getByLabel('联系人').fill(TYPED.contact);
    await page.getByLabel('电话').fill(TYPED.phone);
    await page.getByLabel('电子邮箱').fill(TYPED.email);
    await page.getByLabel('关注的产业').fill(TYPED.industries);
    await page.getByLabel('关注的项目').fill(TYPED.projects);
    await page.getByLabel('留言').fill(TYPED.message);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /生成投资项目目录申请表文件/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`投资项目目录申请表-${TYPED.firm}.xlsx`);
    const { firm, uscc, contact, phone, email, industries, projects, message } = TYPED;
    const expected = formWorkbook({
      title: def.title,
      sections: def.sections,
      values: [[{ firm, uscc, contact, phone, email }], [{ industries, projects, message }]],
      notes: [`填写后请发送至 ${def.sendTo!}。`],
    });
    expect(new Uint8Array(readFileSync(await download.path()))).toEqual(expected);
    expect(await page.locator('[data-mail-link]').getAttribute('href')).toMatch(/^mailto:gyxzyjzx@163\.com\?/);
    // Nothing typed leaves the browser: no request carries the firm, its code or its message.
    for (const r of requests) {
      const sent = decodeURIComponent(r.url()) + (r.postData() ?? '');
      for (const value of [firm, uscc, message]) expect(sent).not.toContain(value);
    }
    // Only a draft in this browser.
    const draft = () => page.evaluate(() => localStorage.getItem('gyxz-form-draft:catalogue-request') ?? '');
    await expect.poll(draft, { timeout: 10_000 }).toContain(TYPED.firm);
    await page.reload();
    await expect.poll(() => page.getByLabel('企业名称').inputValue()).toBe(TYPED.firm);
    await context.close();
  });

  it('fits a 320 px phone with 大字, without scrolling sideways', async () => {
    const context = await site.browser.newContext({
      viewport: { width: 320, height: 640 },
      isMobile: true,
      hasTouch: true,
    });
    await context.addInitScript(() => localStorage.setItem('gyxz-display', '{"large":true}'));
    const page = await context.newPage();
    for (const route of [ROUTE, '/projects/', '/projects/towns/zhejiang-anji-xiaofeng/']) {
      expect((await page.goto(site.server.url + route))?.ok(), route).toBe(true);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, route).toBeLessThanOrEqual(320);
    }
    await context.close();
  });
});
