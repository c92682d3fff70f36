/**
 * Images in the CMS, end to end: the built /admin/ in real Chromium,
 * the local content backend (the real decap-server in git mode, behind
 * scripts/lib/local-backend/) on a throwaway clone. An image inside a paragraph shows in the
 * rich-text editor before it is published.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSkipReason, imageWidth } from '../support/browser.ts';
import { gitOut } from '../support/cms-backend.ts';
import { backendRequests, caretTaken, useCmsSession } from '../support/cms-session.ts';

const skip = browserSkipReason();

describe.skipIf(skip)('CMS: images in the editor', () => {
  const cms = useCmsSession('cms-media');
  let page: Page;
  let busy = () => 0;

  /** A page in a fresh profile, logged in, counting the requests decap-server has not answered. */
  async function login() {
    page = await cms.newPage();
    page.setDefaultTimeout(20_000);
    busy = backendRequests(page, cms.decap.url);
    await page.goto(`${cms.site.url}/admin/`);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('镇域故事').first().waitFor();
  }
  /** decap-server runs one git request at a time: act once it has answered everything else. */
  async function whenIdle(action: () => Promise<void>) {
    await expect.poll(() => busy(), { timeout: 60_000 }).toBe(0);
    await action();
  }

  /** A new news entry with its title, date and summary filled in. */
  async function newNews(title: string, date: string) {
    await page.goto(`${cms.site.url}/admin/#/collections/news/new`);
    await page.getByLabel('标题', { exact: true }).fill(title);
    await page.getByLabel('发布日期', { exact: true }).fill(date);
    await page.getByLabel('摘要', { exact: true }).fill('测试摘要，由 CMS 端到端测试写入。');
  }

  /** Upload a PNG `width` × 20 px through the body's 添加组件 → 图片, with its alt text; its site path. */
  async function uploadBodyImage(name: string, width: number): Promise<string> {
    await page.locator('[contenteditable="true"]').click();
    await page.keyboard.insertText('测试正文。');
    await page.getByTitle('添加组件').click();
    await page.getByRole('menuitem', { name: '图片' }).click();
    const png = await page.screenshot({ clip: { x: 0, y: 0, width, height: 20 } });
    await page.getByRole('button', { name: '选择图片' }).last().click();
    await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'image/png', buffer: png });
    await page.getByRole('button', { name: '选用已选中项目' }).click();
    await page.getByLabel('图片说明（替代文字）', { exact: true }).fill('测试图片');
    // The toolbar (with the mode switch) shows while the body has the focus.
    await page.getByText('测试正文。').click();
    await page.getByRole('switch').last().click();
    const raw = page.locator('[contenteditable="true"]');
    await expect.poll(() => raw.innerText()).toMatch(/\]\(\/uploads\/[^)\s]+\)/);
    return /\]\((\/uploads\/[^)\s]+)\)/.exec(await raw.innerText())![1]!;
  }

  it('an image inside a paragraph, uploaded and not yet published, shows in the rich-text editor', async () => {
    await login();
    await newNews('测试新闻：段落中的图片', '2026-05-26');
    const upload = await uploadBodyImage('段落 图片.png', 30);
    // Markdown mode: the same image once more, inside a paragraph, typed as an editor types it.
    const raw = page.locator('[contenteditable="true"]');
    await raw.click();
    await page.keyboard.press('Control+End');
    await caretTaken(page);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.insertText(`测试行内图片：![测试图片](${upload})，后面还有文字。`);
    // Back to rich text: the image inside the paragraph is the upload itself, not a 404.
    await page.getByRole('switch').last().click();
    const inline = page.locator('[contenteditable="true"] p img');
    await inline.waitFor();
    await expect.poll(() => imageWidth(inline), { timeout: 30_000 }).toBe(30);

    // Saved and opened again, the image comes from the review branch; the site has no such file yet.
    await whenIdle(() => page.getByRole('button', { name: '保存', exact: true }).click());
    await page.getByText('状态: 草稿').waitFor({ timeout: 30_000 });
    const review = 'cms/news/2026-05-26';
    try {
      expect(gitOut(cms.repo, 'show', `${review}:content/news/2026-05-26.md`)).toContain(
        `测试行内图片：![测试图片](${upload})`,
      );
      await page.reload();
      await page.getByLabel('标题', { exact: true }).waitFor();
      await expect.poll(() => imageWidth(inline), { timeout: 30_000 }).toBe(30);
    } finally {
      gitOut(cms.repo, 'branch', '-D', review);
    }
  });
});
