/**
 * Editing without losing work, end to end: the built /admin/ in real Chromium, the local
 * content backend (the real decap-server in git mode, behind scripts/lib/local-backend/)
 * on a throwaway clone. A date typed with the keyboard in two browser languages; two tabs
 * on one entry; a draft opened after two other entries were published; unsaved text after
 * a reload; a body image without alt text refused at the field.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSkipReason } from '../support/browser.ts';
import { gitOut } from '../support/cms-backend.ts';
import { useCmsSession } from '../support/cms-session.ts';

const skip = browserSkipReason();

/** The published news entry the two-tab and reload tests open (content/news/). */
/** How long an entry may take to load on a busy machine (not a speed check). */
const LOADED = { timeout: 30_000 };

const NEWS = { slug: '2026-01-21-pingjia-tongzhi', file: 'content/news/2026-01-21-pingjia-tongzhi.md' };

describe.skipIf(skip)('CMS: editing without losing work', () => {
  const cms = useCmsSession('cms-drafts');

  /** A page in a fresh profile, logged in; `locale` is the browser's language. */
  async function login(locale = 'zh-CN', viewport?: { width: number; height: number }): Promise<Page> {
    const page = await cms.newPage(viewport, { locale });
    page.setDefaultTimeout(20_000);
    await page.goto(`${cms.site.url}/admin/`);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('镇域故事').first().waitFor();
    return page;
  }

  const { backend, saveDraft } = cms;

  const newsRaw = (title: string) =>
    `---\ntitle: ${title}\ndate: 2026-05-20\nsummary: 测试摘要，由 CMS 端到端测试写入。\n---\n\n测试正文。\n`;

  async function newNews(page: Page, date: string) {
    await page.goto(`${cms.site.url}/admin/#/collections/news/new`);
    // Nothing is saved yet, and the toolbar does not say otherwise.
    await page.getByText('没有未保存的修改').waitFor();
    expect(await page.getByText('修改已保存').count()).toBe(0);
    await page.getByLabel('标题', { exact: true }).fill(`测试新闻：键盘输入日期 ${date}`);
    await page.getByLabel('摘要', { exact: true }).fill('测试摘要：键盘输入的日期应原样保存。');
    await page.locator('[contenteditable="true"]').click();
    await page.keyboard.insertText('测试正文。');
  }

  it.each([
    ['zh-CN', '2026-05-12'],
    ['en-US', '2026-05-13'],
  ])('a date typed key by key in a %s browser saves exactly as typed', async (locale, date) => {
    const page = await login(locale);
    await newNews(page, date);
    const field = page.getByLabel('发布日期', { exact: true });
    await field.click();
    await field.pressSequentially(date, { delay: 30 });
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('状态: 草稿').waitFor();
    const branch = `cms/news/${date}`;
    expect(gitOut(cms.repo, 'branch', '--list', branch)).toContain(branch);
    expect(gitOut(cms.repo, 'show', `${branch}:content/news/${date}.md`)).toMatch(new RegExp(`^date: ${date}$`, 'm'));
  });

  it('a half-typed or impossible date is refused at the field, and nothing is saved', async () => {
    const page = await login('en-US');
    // A refused save is told in a toast and at the field, never as an uncaught error.
    const uncaught: string[] = [];
    page.on('pageerror', (error) => uncaught.push(String(error)));
    await newNews(page, 'half');
    const field = page.getByLabel('发布日期', { exact: true });
    await field.click();
    await field.pressSequentially('2026-05', { delay: 30 });
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('“发布日期”：日期「2026-05」还没有写完').waitFor();
    await field.fill('2026-02-30');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('“发布日期”：没有 2026-02-30 这一天').waitFor();
    // 清除 empties the box and the value: the field is then required, not half-filled.
    await page.getByRole('button', { name: '清除“发布日期”' }).click();
    expect(await field.inputValue()).toBe('');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('“发布日期”是必填项').first().waitFor();
    expect(gitOut(cms.repo, 'branch', '--list', 'cms/news/2026-0*').trim()).not.toMatch(/2026-05-(?!1[23])|2026-02/);
    expect(uncaught).toEqual([]);
  });

  it('two tabs on one entry: the second save is refused, offers the other version, writes nothing', async () => {
    const a = await login();
    const b = await cms.newPage();
    b.setDefaultTimeout(20_000);
    // The same profile would share Decap's local backup; a second profile is a second editor too.
    await b.goto(`${cms.site.url}/admin/`);
    await b.getByRole('button', { name: '登录' }).click();
    for (const page of [a, b]) {
      await page.goto(`${cms.site.url}/admin/#/collections/news/entries/${NEWS.slug}`);
      await page.getByLabel('标题', { exact: true }).waitFor();
      await expect.poll(() => page.getByLabel('标题', { exact: true }).inputValue(), LOADED).not.toBe('');
    }
    await a.getByLabel('标题', { exact: true }).fill('测试：标签页甲改的标题');
    await a.getByRole('button', { name: '保存', exact: true }).click();
    await a.getByText('状态: 草稿').waitFor();

    await b.getByLabel('摘要', { exact: true }).fill('测试：标签页乙改的摘要');
    await b.getByRole('button', { name: '保存', exact: true }).click();
    const dialog = b.getByRole('dialog', { name: '这条内容已被别人保存过，这次保存没有进行' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: '查看对方的版本' }).click();
    expect(await dialog.locator('pre').innerText()).toContain('测试：标签页甲改的标题');
    expect(await dialog.getByRole('button', { name: '重新载入最新版本' }).count()).toBe(1);

    const saved = gitOut(cms.repo, 'show', `cms/news/${NEWS.slug}:${NEWS.file}`);
    expect(saved).toContain('title: 测试：标签页甲改的标题');
    expect(saved).not.toContain('测试：标签页乙改的摘要');
    // Tab B's text is still in its form.
    await dialog.getByRole('button', { name: '回到表单' }).click();
    expect(await b.getByLabel('摘要', { exact: true }).inputValue()).toBe('测试：标签页乙改的摘要');
  });

  it('a draft opens whole after two other entries, one with an upload, were published', async () => {
    await saveDraft('news', '2026-05-21', newsRaw('测试：一直未发布的草稿'));
    await saveDraft('news', '2026-05-22', newsRaw('测试：先发布的第一条'));
    // 1×1 transparent PNG, uploaded with the second entry.
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
    await saveDraft(
      'news',
      '2026-05-23',
      `${newsRaw('测试：先发布的第二条').trimEnd()}\n\n![测试图片](/uploads/20260523-aaaaaa.png)\n`,
      [{ path: 'public/uploads/20260523-aaaaaa.png', content: png }],
    );
    await backend('publishUnpublishedEntry', { collection: 'news', slug: '2026-05-22' });
    await backend('publishUnpublishedEntry', { collection: 'news', slug: '2026-05-23' });

    // Measured from where the draft left the publishing branch: only its own file.
    const entry = (await backend('unpublishedEntry', { collection: 'news', slug: '2026-05-21' })) as {
      diffs: { path: string }[];
      status: string;
    };
    expect(entry.diffs.map((d) => d.path)).toEqual(['content/news/2026-05-21.md']);
    expect(entry.status).toBe('draft');

    const page = await login();
    await page.goto(`${cms.site.url}/admin/#/collections/news/entries/2026-05-21`);
    const title = page.getByLabel('标题', { exact: true });
    await expect.poll(() => title.inputValue().catch(() => ''), LOADED).toBe('测试：一直未发布的草稿');
    await page.getByText('状态: 草稿').waitFor();
    // A draft of a new entry, not a change to a published one.
    expect(await page.getByRole('button', { name: '删除未发布的修改' }).count()).toBe(0);
    await page.goto(`${cms.site.url}/admin/#/workflow`);
    await page.getByText('测试：一直未发布的草稿').waitFor();
  });

  it('every draft card shows its title, on the board and in its section, even with nothing published', async () => {
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
    const drafts = [
      {
        collection: 'stories',
        slug: '2026-05-25-ceshi-zhen',
        title: '测试：带上传图片的故事草稿',
        front:
          'province: 浙江省\ncity: 测试市\ntown: 测试镇\ntownSlug: ceshi-zhen\nauthor: 测试通讯员\ncover:\n  src: /uploads/20260525-cccccc.png\n  alt: 测试图片\n',
        assets: [{ path: 'public/uploads/20260525-cccccc.png', content: png }],
      },
      {
        collection: 'rankings',
        slug: '2026-ceshi',
        title: '测试：带数据文件的榜单草稿',
        front: 'year: 2026\nslug: ceshi\nstatus: 待发布\nsource: 测试数据\ndataFile: 2026-ceshi.csv\n',
        assets: [{ path: 'content/rankings/2026-ceshi.csv', content: Buffer.from('名次,镇\n').toString('base64') }],
      },
      { collection: 'pages', slug: '2026-05-25', title: '测试：独立页面草稿', front: '', assets: [] },
    ];
    for (const d of drafts) {
      const raw = `---\ntitle: ${d.title}\ndate: 2026-05-25\nsummary: 测试摘要。\n${d.front}---\n\n测试正文。\n`;
      await saveDraft(d.collection, d.slug, raw, d.assets);
    }
    const page = await login();
    await page.goto(`${cms.site.url}/admin/#/workflow`);
    for (const d of drafts) await page.locator('#nc-root').getByText(d.title, { exact: true }).waitFor();
    // Nothing of 镇域故事 and 评价榜单 is published: their section lists the draft, not 「暂无内容」.
    for (const d of drafts) {
      await page.goto(`${cms.site.url}/admin/#/collections/${d.collection}`);
      await page.getByText('审核流程中（草稿、审核中、审核通过）').waitFor();
      await page.getByRole('link', { name: new RegExp(d.title) }).waitFor();
      expect(await page.getByText('暂无内容').count(), d.collection).toBe(0);
    }
  });

  it('unsaved text survives a reload: an existing entry and a new one', async () => {
    const page = await login();
    await page.goto(`${cms.site.url}/admin/#/collections/news/entries/2026-01-21-pingjia-tongzhi`);
    const summary = page.getByLabel('摘要', { exact: true });
    await expect.poll(() => summary.inputValue(), LOADED).not.toBe('');
    await summary.fill('测试：还没有保存的摘要');
    // Decap writes its backup two seconds after the last change.
    await page.waitForTimeout(3000);
    await page.reload();
    // The session's pages answer Decap's 「发现了一个对应此内容的本地备份…」 with yes.
    await expect.poll(() => summary.inputValue().catch(() => ''), LOADED).toBe('测试：还没有保存的摘要');
    await page.waitForTimeout(2000);
    expect(await summary.inputValue()).toBe('测试：还没有保存的摘要');

    await page.goto(`${cms.site.url}/admin/#/collections/rankings/new`);
    await page.reload();
    const title = page.getByLabel('榜单名称', { exact: true });
    await title.fill('测试：还没有保存的榜单');
    await page.waitForTimeout(3000);
    await page.reload();
    await expect.poll(() => title.inputValue().catch(() => ''), LOADED).toBe('测试：还没有保存的榜单');
    await page.waitForTimeout(2000);
    expect(await title.inputValue()).toBe('测试：还没有保存的榜单');
  });

  it('a body image without alt text is refused at the field, and a missing body is named', async () => {
    const page = await login();
    await page.goto(`${cms.site.url}/admin/#/collections/news/new`);
    await page.getByLabel('标题', { exact: true }).fill('测试新闻：正文图片没有替代文字');
    await page.getByLabel('发布日期', { exact: true }).fill('2026-05-24');
    await page.getByLabel('摘要', { exact: true }).fill('测试摘要。');
    // Nothing in the body: the toast names the field.
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.locator('.Toastify__toast').filter({ hasText: '还没有填写：正文' }).waitFor();

    // The body's 富文本/Markdown switch: the last switch of the form (Decap drops its name).
    await page.getByRole('switch').last().click();
    // Markdown mode is plain text in Decap's own editor: typed as an editor types it.
    await page.locator('[contenteditable="true"]').click();
    await page.keyboard.insertText('测试正文。');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('![](/uploads/20260524-bbbbbb.png)');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText(/^正文：第 3 行的图片 \/uploads\/20260524-bbbbbb\.png 缺少替代文字/).waitFor();
    expect(gitOut(cms.repo, 'branch', '--list', 'cms/news/2026-05-24').trim()).toBe('');
  });
});
