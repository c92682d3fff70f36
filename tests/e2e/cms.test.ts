/**
 * The CMS end to end: the built /admin/ in real Chromium, the real decap-server in git
 * mode on a throwaway clone, and the real production build of what the CMS wrote.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { adminBundleBytes } from '../../scripts/lib/admin-bundle-size.ts';
import path from 'node:path';
import type { CDPSession, Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { stories } from '../../src/schemas/index.ts';
import { toZod } from '../../src/schemas/to-zod.ts';
import { browserSkipReason, imageWidth } from '../support/browser.ts';
import { buildClone, gitOut } from '../support/cms-backend.ts';
import { watchConsole } from '../support/cms-console.ts';
import { backendRequests, caretTaken, publishDraft, useCmsSession } from '../support/cms-session.ts';
import { TEST_CACHE } from '../support/paths.ts';

const skip = browserSkipReason();

/** Fixture values, clearly not real news. */
const STORY = {
  title: '测试故事：某测试镇的特色产业',
  summary: '测试用镇域故事，由 CMS 端到端测试创建。',
  // Real towns: a build checks every town against the official divisions (src/divisions/).
  city: '湖州市安吉县',
  town: '报福镇',
  townSlug: 'ceshi-yi-zhen',
  author: '测试通讯员乙',
  alt: '测试图片：一块纯色方块',
};

/**
 * Chinese typed the way a pinyin input method types it: for each keystroke a keydown
 * with key "Process" / keyCode 229, then the composition text, and finally the chosen
 * characters committed with insertText.
 */
async function typeWithIme(cdp: CDPSession, words: { pinyin: string; hanzi: string }[]) {
  for (const { pinyin, hanzi } of words) {
    for (let i = 1; i <= pinyin.length; i++) {
      const composing = pinyin.slice(0, i);
      await cdp.send('Input.dispatchKeyEvent', {
        type: 'rawKeyDown',
        key: 'Process',
        code: `Key${pinyin[i - 1]!.toUpperCase()}`,
        // CDP has no keyCode field: windowsVirtualKeyCode becomes KeyboardEvent.keyCode.
        windowsVirtualKeyCode: 229,
        nativeVirtualKeyCode: 229,
      });
      await cdp.send('Input.imeSetComposition', {
        text: composing,
        selectionStart: composing.length,
        selectionEnd: composing.length,
      });
      await cdp.send('Input.dispatchKeyEvent', {
        type: 'keyUp',
        key: 'Process',
        windowsVirtualKeyCode: 229,
        nativeVirtualKeyCode: 229,
      });
    }
    await cdp.send('Input.insertText', { text: hanzi });
  }
}

const BODY_WORDS = [
  { pinyin: 'zhenyu', hanzi: '镇域' },
  { pinyin: 'jingji', hanzi: '经济' },
  { pinyin: 'gaozhiliang', hanzi: '高质量' },
  { pinyin: 'fazhan', hanzi: '发展' },
  { pinyin: 'ceshi', hanzi: '测试' },
  { pinyin: 'zhengwen', hanzi: '正文' },
];
/** A story whose body has an image and a script (fixture values). */
const IMAGE_STORY = {
  title: '测试故事：正文图片',
  date: '2026-05-15',
  summary: '测试用镇域故事，正文中有一张图片。',
  town: '梅溪镇',
  townSlug: 'ceshi-ding-zhen',
  body: '测试正文开头。',
  alt: '测试正文图片：一块纯色方块',
  script: '<script>alert("测试")</script>',
};
/** The story a correspondent submits from a phone (fixture values). */
const PHONE_STORY = {
  title: '测试故事：手机提交',
  date: '2026-05-14',
  summary: '测试用镇域故事，在 390 像素宽的手机屏幕上提交。',
  town: '杭垓镇',
  townSlug: 'ceshi-bing-zhen',
  body: '测试正文：手机上写的镇域故事。',
};
/** The 2026 forum's title in content/forum/2026.md. */
const FORUM_TITLE = '第二届新型城镇化与工业小镇高质量发展论坛';

const BODY = BODY_WORDS.map((w) => w.hanzi).join('');

/**
 * Words of the CMS's own interface that stay as they are: the format's name, the date
 * pattern and the example in our hints, the upload folder, the hosting platforms.
 */
const LATIN_ALLOWED = new Set(['Markdown', 'YYYY-MM-DD', 'zhejiang-anji-xiaofeng', 'uploads', 'GitHub', 'Forgejo']);

/**
 * Latin words an editor sees or a screen reader reads on the page, outside the preview
 * and the fields' own values: visible text, and the aria-label, title, placeholder and alt
 * of elements not hidden from assistive technology. Each with where it was found.
 */
async function englishOn(p: Page): Promise<string[]> {
  const found = await p.evaluate(() => {
    const out: string[] = [];
    const hidden = (el: Element) => el.closest('[aria-hidden="true"]') !== null;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const el = walker.currentNode.parentElement;
      const text = walker.currentNode.textContent?.trim();
      if (!el || !text || hidden(el) || el.closest('script, style, noscript')) continue;
      if (el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) out.push(text);
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], img[alt]')) {
      if (hidden(el)) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const v = el.getAttribute(name);
        if (v) out.push(`${v} (${name})`);
      }
    }
    return out;
  });
  return found.filter((text) =>
    (text.replace(/ \((aria-label|title|placeholder|alt)\)$/, '').match(/[A-Za-z][\w-]*[A-Za-z]/g) ?? []).some(
      (word) => !LATIN_ALLOWED.has(word),
    ),
  );
}

describe.skipIf(skip)('CMS: editing through /admin/ with decap-server on a throwaway clone', () => {
  const cms = useCmsSession('cms');
  let page: Page;

  /** Requests to decap-server not yet answered, on the current page. */
  let backendBusy = () => 0;

  /**
   * A fresh browser profile (Decap keeps unsaved drafts in the browser), logged in.
   * `watch` sees the page before anything loads (for console messages).
   */
  async function login(watch?: (p: Page) => void) {
    page = await cms.newPage();
    page.setDefaultTimeout(15_000);
    backendBusy = backendRequests(page, cms.decap.url);
    watch?.(page);
    await page.goto(`${cms.site.url}/admin/`);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('镇域故事').first().waitFor();
  }

  /**
   * Click a button that makes decap-server run git (save, status, publish) once it has
   * answered everything else: it runs one request at a time and fails one that waits
   * more than 3 seconds for its turn with a 500, which a busy machine reached when a save
   * queued behind the preview's image requests.
   */
  async function whenBackendIdle(action: () => Promise<void>) {
    await expect.poll(() => backendBusy(), { timeout: 60_000 }).toBe(0);
    await action();
  }
  const save = () => whenBackendIdle(() => page.getByRole('button', { name: '保存', exact: true }).click());

  /** Fill in a new story's fields, the body excepted. */
  async function fillStory(story: { title: string; date: string; summary: string; town: string; townSlug: string }) {
    await page.getByLabel('标题', { exact: true }).fill(story.title);
    await page.getByLabel('发布日期', { exact: true }).fill(story.date);
    await page.getByLabel('摘要', { exact: true }).fill(story.summary);
    await page.getByLabel('省份', { exact: true }).fill('浙江省');
    await page.keyboard.press('Enter');
    await page.getByLabel('市/县', { exact: true }).fill(STORY.city);
    await page.getByLabel('镇', { exact: true }).fill(story.town);
    await page.getByLabel('镇的拼音', { exact: true }).fill(story.townSlug);
    await page.getByLabel('通讯员', { exact: true }).fill(STORY.author);
  }

  async function newStory() {
    await login();
    await page.goto(`${cms.site.url}/admin/#/collections/stories/new`);
    await page.getByLabel('标题', { exact: true }).waitFor();
  }

  it('the login screen names the site and says who may log in; the note goes once logged in', async () => {
    page = await cms.newPage({ width: 390, height: 844 });
    await page.goto(`${cms.site.url}/admin/`);
    await page.getByRole('button', { name: '登录' }).waitFor();
    const note = page.locator('.login-note');
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await note.getByRole('heading').innerText()).toBe('中国工业报社工业小镇研究中心 · 内容管理');
    expect(await note.innerText()).toMatch(/编辑和获聘的通讯员使用[\s\S]*gyxzyjzx@163\.com[\s\S]*成为通讯员/);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('镇域故事').first().waitFor();
    await expect.poll(() => note.isVisible()).toBe(false);
  });

  it('the online form previews as the form readers fill in', async () => {
    await login();
    await page.goto(`${cms.site.url}/admin/#/collections/forms/entries/questionnaire`);
    const preview = page.frameLocator('#preview-pane');
    await expect.poll(() => preview.locator('form fieldset').count(), { timeout: 20_000 }).toBeGreaterThan(3);
    expect(await preview.locator('form input, form textarea').count()).toBeGreaterThan(5);
  });

  it('going from one entry straight to another by the address opens the second one', async () => {
    await login();
    const preview = page.frameLocator('#preview-pane');
    await page.goto(`${cms.site.url}/admin/#/collections/forms/entries/questionnaire`);
    await expect.poll(() => preview.locator('form fieldset').count(), { timeout: 20_000 }).toBeGreaterThan(3);
    // Decap 3.x kept the questionnaire's values under the forum's fields (admin/entry-switch.ts).
    await page.goto(`${cms.site.url}/admin/#/collections/forum/entries/2026`);
    const title = page.getByLabel('论坛名称', { exact: true });
    await expect.poll(() => title.inputValue().catch(() => ''), { timeout: 20_000 }).toBe(FORUM_TITLE);
    await expect.poll(() => preview.locator('h1').innerText(), { timeout: 20_000 }).toBe(FORUM_TITLE);
  });

  it('the forum previews as its page shows it: facts box, registration state, dates in Chinese', async () => {
    await login();
    const preview = page.frameLocator('#preview-pane');
    await page.goto(`${cms.site.url}/admin/#/collections/forum/entries/2026`);
    const facts = preview.locator('dl.forum-facts');
    await expect.poll(() => facts.count(), { timeout: 20_000 }).toBe(1);
    for (const heading of ['报名与缴费（本届记录）', '联系人']) {
      expect(await preview.getByRole('heading', { name: heading }).count(), heading).toBe(1);
    }
    expect(await preview.getByText('账号：0200003609219003154').count()).toBe(1);
    // The page, from the same helpers (src/forum/): its facts box and its state read the same.
    const live = await cms.newPage();
    await live.goto(`${cms.site.url}/forum/2026/`);
    const text = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
    expect(text(await facts.textContent())).toBe(text(await live.locator('dl.facts').textContent()));
    expect(text(await facts.textContent())).toContain('报到2026年4月2日下午');
    expect(text(await preview.locator('[data-forum-state] p').first().textContent())).toBe(
      text(await live.locator('[data-forum-state] p').first().textContent()),
    );
    expect(await preview.locator('[data-forum-state]').getAttribute('data-forum-state')).toBe('past');
    // After the forum day there is no calendar link, on the page or in the preview.
    expect(await live.getByText('加入手机日历（.ics）').count()).toBe(0);
    expect(await preview.getByText('加入手机日历（.ics）').count()).toBe(0);
    expect(await preview.locator('body').innerText()).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('a forum still to come previews open registration and the calendar link', async () => {
    await login();
    const preview = page.frameLocator('#preview-pane');
    await page.goto(`${cms.site.url}/admin/#/collections/forum/new`);
    // Days from today in Beijing: the preview's state is computed as of today, like a build's.
    const day = (days: number) =>
      new Date(Date.now() + days * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' });
    await page.getByLabel('召开日期', { exact: true }).fill(day(90));
    await page.getByLabel('回执截止日期', { exact: true }).fill(day(60));
    await page.getByLabel(/^报到时段/).fill('下午');
    const state = preview.locator('[data-forum-state]');
    await expect.poll(() => state.getAttribute('data-forum-state').catch(() => null), { timeout: 20_000 }).toBe('open');
    expect(await state.innerText()).toMatch(
      /^报名进行中：请于 \d{4}年\d{1,2}月\d{1,2}日前提交回执表和汇款回执（还有 60 天）。/,
    );
    const year = day(90).slice(0, 4);
    const calendar = preview.getByRole('link', { name: '加入手机日历（.ics）' });
    expect(await calendar.getAttribute('href')).toBe(`/forum/${year}/calendar.ics`);
    expect(await preview.getByText('报到（下午）和论坛当天').count()).toBe(1);
    expect(await preview.locator('dl.forum-facts').getByRole('link', { name: '在线填写回执表' }).count()).toBe(1);
  });

  it('the reply form previews as readers see it once registration has closed: no form', async () => {
    await login();
    const preview = page.frameLocator('#preview-pane');
    await page.goto(`${cms.site.url}/admin/#/collections/forms/entries/reply`);
    const closed = preview.locator('p[data-registration-closed]');
    await expect.poll(() => closed.count(), { timeout: 20_000 }).toBe(1);
    expect(await closed.innerText()).toMatch(
      /^报名已截止，本页不再提供在线填写。如有疑问，请联系会务组：张老师 010-67410624/,
    );
    expect(await preview.locator('[data-forum-state]').innerText()).toContain('论坛日期 2026年4月3日 已过');
    expect(await preview.locator('form, input, textarea').count()).toBe(0);
    // The page readers reach says the same.
    const live = await cms.newPage();
    await live.goto(`${cms.site.url}/forum/2026/register/`);
    expect(await live.locator('p[data-registration-closed]').innerText()).toBe(await closed.innerText());
  });

  it('the editor and the workflow board show and read out no English', async () => {
    await newStory();
    // The body's toolbar, its 添加组件 menu, and the image component's fields.
    await page.locator('[contenteditable="true"]').click();
    await page.getByTitle('添加组件').click();
    expect(await page.getByRole('menuitem').allInnerTexts()).toEqual(expect.arrayContaining(['代码块', '图片']));
    await page.getByRole('menuitem', { name: '图片' }).click();
    await page.getByLabel('图片说明（替代文字）', { exact: true }).waitFor();
    // A notice, with its close button.
    await page.getByLabel('标题', { exact: true }).fill(STORY.title);
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByRole('alert').first().waitFor();
    expect(await englishOn(page)).toEqual([]);
    await page.goto(`${cms.site.url}/admin/#/workflow`);
    await page.getByText('审核通过', { exact: true }).first().waitFor();
    expect(await englishOn(page)).toEqual([]);
    expect(gitOut(cms.repo, 'branch', '--list', 'cms/*').trim()).toBe('');
  });

  it('a two-character Chinese search finds the entries that contain the word, in every section', async () => {
    await login();
    // Viewing one section, Enter searches every section, as the box says (admin/collection-search.ts).
    await page.goto(`${cms.site.url}/admin/#/collections/news`);
    const search = page.getByPlaceholder('在所有栏目中查找…');
    await search.fill('论坛');
    await search.press('Enter');
    await expect.poll(() => page.getByText(FORUM_TITLE).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(new URL(page.url()).hash).toBe(`#/search/${encodeURIComponent('论坛')}`);
    // Only entries containing the word: the page 关于研究中心 is not among the results.
    expect(await page.getByText('关于研究中心').count()).toBe(0);
  });

  it('a required field left empty cannot be saved', async () => {
    await newStory();
    await page.getByLabel('标题', { exact: true }).fill(STORY.title);
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect.poll(() => page.getByText('“通讯员”是必填项').count()).toBeGreaterThan(0);
    // An empty cover asks for nothing.
    expect(await page.getByText('“图片（填写「封面图」后必填）”是必填项').count()).toBe(0);
    expect(await page.getByText(/“图片说明（替代文字）.*”是必填项/).count()).toBe(0);
    expect(gitOut(cms.repo, 'branch', '--list', 'cms/*').trim()).toBe('');
  });

  it('errors appear at their field, in Chinese, lower case as written', async () => {
    await newStory();
    await page.getByLabel('标题', { exact: true }).fill(STORY.title);
    await page.getByLabel('镇的拼音', { exact: true }).fill('测试乙镇');
    // An image chosen without its description: the description becomes required, at the field.
    const png = await page.screenshot({ clip: { x: 0, y: 0, width: 40, height: 30 } });
    await page.getByRole('button', { name: '选择图片' }).click();
    await page.locator('input[type="file"]').setInputFiles({ name: '封面.png', mimeType: 'image/png', buffer: png });
    await page.getByRole('button', { name: '选用已选中项目' }).click();
    await page.getByRole('button', { name: '保存', exact: true }).click();
    const altError = page.getByText('“图片说明（替代文字）（填写「封面图」后必填）”是必填项');
    await altError.waitFor();
    const slugError = page.getByText(/^“镇的拼音”：只能用小写英文字母/);
    await slugError.waitFor();
    expect(await slugError.evaluate((e) => getComputedStyle(e).textTransform)).toBe('none');
    expect(await slugError.innerText()).toContain('2026-luntan');
    // Nothing was saved, and no toast speaks of internal paths.
    expect(await page.getByText('cover.alt').count()).toBe(0);
    expect(gitOut(cms.repo, 'branch', '--list', 'cms/*').trim()).toBe('');
  });

  it('a field required once its group is filled in says so at the field: an image, a list', async () => {
    await newStory();
    // The description without the image: the image is required, at its field.
    await page.getByLabel('图片说明（替代文字）（填写「封面图」后必填）', { exact: true }).fill(STORY.alt);
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('“图片（填写「封面图」后必填）”是必填项').waitFor();
    // A forum's hotel named without its rooms: the list of rooms is required, at its field.
    await page.goto(`${cms.site.url}/admin/#/collections/forum/new`);
    await page.reload();
    await page.getByLabel('宾馆名称（填写「住宿」后必填）', { exact: true }).fill('测试宾馆');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('“房型与价格（填写「住宿」后必填）”是必填项').waitFor();
    expect(gitOut(cms.repo, 'branch', '--list', 'cms/*').trim()).toBe('');
  });

  it('creates a story with Chinese text and an image, and takes it through review to published', async () => {
    await newStory();
    await page.getByLabel('标题', { exact: true }).fill(STORY.title);
    await page.getByLabel('发布日期', { exact: true }).fill('2026-05-12');
    await page.getByLabel('摘要', { exact: true }).fill(STORY.summary);
    await page.getByLabel('省份', { exact: true }).fill('浙江省');
    await page.keyboard.press('Enter');
    await page.getByLabel('市/县', { exact: true }).fill(STORY.city);
    await page.getByLabel('镇', { exact: true }).fill(STORY.town);
    await page.getByLabel('镇的拼音', { exact: true }).fill(STORY.townSlug);
    await page.getByLabel('通讯员', { exact: true }).fill(STORY.author);

    // The cover: a real PNG (a screenshot of this very page) named the way editors in
    // China name files, uploaded through the media library.
    const png = await page.screenshot({ clip: { x: 0, y: 0, width: 40, height: 30 } });
    await page.getByRole('button', { name: '选择图片' }).click();
    await page.getByRole('button', { name: '上传' }).waitFor();
    expect(await page.getByText('.gitkeep').count(), 'the media library lists .gitkeep').toBe(0);
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: '竹林 照片.png', mimeType: 'image/png', buffer: png });
    await page.getByRole('button', { name: '选用已选中项目' }).click();
    await page.getByLabel('图片说明（替代文字）（填写「封面图」后必填）', { exact: true }).fill(STORY.alt);
    // The thumbnail and the preview show the image before anything is published. The
    // preview asks decap-server for the upload: the image is checked once it has answered,
    // and polled until it has loaded (the ceiling is generous for a busy machine, not a speed check).
    await expect.poll(() => imageWidth(page.locator('img[src^="blob:"]').first())).toBe(40);
    await expect.poll(() => backendBusy(), { timeout: 60_000 }).toBe(0);
    await expect
      .poll(() => imageWidth(page.frameLocator('#preview-pane').locator('img.cover')), { timeout: 30_000 })
      .toBe(40);

    // The body, typed through an input method.
    await page.locator('[contenteditable="true"]').click();
    const cdp = await page.context().newCDPSession(page);
    await typeWithIme(cdp, BODY_WORDS);
    await cdp.detach();

    await save();
    await page.getByText('状态: 草稿').waitFor({ timeout: 30_000 });
    const review = 'cms/stories/2026-05-12-ceshi-yi-zhen';
    expect(gitOut(cms.repo, 'branch', '--list', 'cms/stories/*')).toContain(review);
    // The upload travels with its entry: on the review branch under a safe name, not yet on the site's branch.
    const uploads = (ref: string) =>
      gitOut(cms.repo, 'ls-tree', '-r', '--name-only', ref, '--', 'public/uploads/')
        .split('\n')
        .filter(Boolean)
        .map((f) => path.basename(f));
    expect(uploads(review)).toEqual([expect.stringMatching(/^\d{8}-[0-9a-f]{6}\.png$/)]);
    expect(uploads(cms.branch)).toEqual([]);

    // Opened again from the review branch, the draft still shows its image.
    await page.reload();
    await page.getByLabel('标题', { exact: true }).waitFor();
    await expect
      .poll(() => imageWidth(page.frameLocator('#preview-pane').locator('img.cover')), { timeout: 30_000 })
      .toBe(40);

    await publishDraft(page, cms.repo, backendBusy);

    // Opened again once published, the cover comes through the backend: the form's thumbnail
    // shows it, not Decap's loading placeholder (an empty SVG, 300 px wide), and so does the preview.
    await page.reload();
    await page.getByLabel('标题', { exact: true }).waitFor();
    await expect.poll(() => imageWidth(page.locator('img[role="presentation"]')), { timeout: 30_000 }).toBe(40);
    await expect
      .poll(() => imageWidth(page.frameLocator('#preview-pane').locator('img.cover')), { timeout: 30_000 })
      .toBe(40);
  });

  it('on a 390-px phone a correspondent submits a story for review without sideways scrolling', async () => {
    page = await cms.newPage({ width: 390, height: 844 });
    page.setDefaultTimeout(15_000);
    /** The page does not scroll sideways, and `locator` lies within the screen's width. */
    const onScreen = async (locator: Locator) => {
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
      const box = await locator.boundingBox();
      expect(box, 'visible').not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    };
    await page.goto(`${cms.site.url}/admin/`);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('镇域故事').first().waitFor();
    await page.goto(`${cms.site.url}/admin/#/collections/stories/new`);
    const title = page.getByLabel('标题', { exact: true });
    await title.waitFor();
    await onScreen(title);
    await fillStory(PHONE_STORY);
    const body = page.locator('[contenteditable="true"]');
    await body.click();
    await onScreen(body);
    await page.keyboard.insertText(PHONE_STORY.body);
    const saveButton = page.getByRole('button', { name: '保存', exact: true });
    await onScreen(saveButton);
    await saveButton.click();
    const review = `cms/stories/${PHONE_STORY.date}-${PHONE_STORY.townSlug}`;
    try {
      const status = page.getByText(/^状态: /);
      await page.getByText('状态: 草稿').waitFor({ timeout: 30_000 });
      await onScreen(status);
      await onScreen(page.getByText('发布', { exact: true }));
      await status.click();
      const inReview = page.getByRole('menuitem', { name: '审核中' });
      await onScreen(inReview);
      await inReview.click();
      await page.getByText('状态: 审核中').waitFor({ timeout: 30_000 });
      await onScreen(status);
      expect(gitOut(cms.repo, 'branch', '--list', 'cms/stories/*')).toContain(review);
    } finally {
      if (gitOut(cms.repo, 'branch', '--list', review).trim()) gitOut(cms.repo, 'branch', '-D', review);
    }
  });

  it('a draft previews its body image before publishing; its workflow card is plain text', async () => {
    await newStory();
    await fillStory(IMAGE_STORY);
    // The body's image, uploaded through 添加组件 → 图片, then a script typed in Markdown mode.
    await page.locator('[contenteditable="true"]').click();
    await page.keyboard.insertText(IMAGE_STORY.body);
    await page.getByTitle('添加组件').click();
    await page.getByRole('menuitem', { name: '图片' }).click();
    const png = await page.screenshot({ clip: { x: 0, y: 0, width: 30, height: 20 } });
    await page.getByRole('button', { name: '选择图片' }).last().click();
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: '正文 图片.png', mimeType: 'image/png', buffer: png });
    await page.getByRole('button', { name: '选用已选中项目' }).click();
    await page.getByLabel('图片说明（替代文字）', { exact: true }).fill(IMAGE_STORY.alt);
    // The toolbar (with the mode switch) shows while the body has the focus.
    await page.getByText(IMAGE_STORY.body).click();
    // The 富文本/Markdown switch, after the 暂不公开 one (Decap's switch drops its aria-label).
    await page.getByRole('switch').last().click();
    const raw = page.locator('[contenteditable="true"]');
    await expect.poll(() => raw.innerText()).toContain(`![${IMAGE_STORY.alt}](/uploads/`);
    await raw.click();
    await page.keyboard.press('Control+End');
    await caretTaken(page);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.insertText(IMAGE_STORY.script);
    // The same image once more, inside a paragraph: Decap's own preview resolves only an image on its own line.
    const upload = (await raw.innerText()).match(/\]\((\/uploads\/[^)\s]+)\)/)?.[1];
    expect(upload).toBeDefined();
    await caretTaken(page);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.insertText(`测试行内图片：![${IMAGE_STORY.alt}](${upload})，后面还有文字。`);
    // In the order typed: the text, the image, the script, the paragraph with the image.
    await expect
      .poll(async () => (await raw.innerText()).replace(/[\u200b\ufeff]/g, '').trim())
      .toMatch(/^测试正文开头。\s+!\[[^\n]+\s+<script>[^\n]+\s+测试行内图片：[^\n]+，后面还有文字。$/);
    const bodyImage = page.frameLocator('#preview-pane').locator('.prose img');
    await expect.poll(() => backendBusy(), { timeout: 60_000 }).toBe(0);
    await expect.poll(() => imageWidth(bodyImage.first()), { timeout: 30_000 }).toBe(30);
    await expect.poll(() => imageWidth(bodyImage.nth(1)), { timeout: 30_000 }).toBe(30);
    await save();
    await page.getByText('状态: 草稿').waitFor({ timeout: 30_000 });
    const review = `cms/stories/${IMAGE_STORY.date}-${IMAGE_STORY.townSlug}`;
    try {
      // Opened again, the image comes from the review branch; the site has no such file yet.
      await page.reload();
      await page.getByLabel('标题', { exact: true }).waitFor();
      await expect.poll(() => imageWidth(bodyImage.first()), { timeout: 30_000 }).toBe(30);
      await expect.poll(() => imageWidth(bodyImage.nth(1)), { timeout: 30_000 }).toBe(30);
      await page.goto(`${cms.site.url}/admin/#/workflow`);
      const card = page.locator('#nc-root').getByText(/^测试正文开头/);
      await card.waitFor({ timeout: 30_000 });
      const excerpt = await card.innerText();
      expect(excerpt).toContain(IMAGE_STORY.alt);
      for (const raw of ['![', '](', '/uploads/', '<', 'script', 'alert']) expect(excerpt).not.toContain(raw);
    } finally {
      gitOut(cms.repo, 'branch', '-D', review);
    }
  });

  it('the published file is valid front matter, its image is in the repo, and a rebuild shows the story', async () => {
    const file = path.join(cms.repo, 'content/stories/2026-05-12-ceshi-yi-zhen.md');
    expect(existsSync(file)).toBe(true);
    const text = readFileSync(file, 'utf8');
    const [, yaml = '', body = ''] = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
    const { load } = await import('js-yaml');
    const data = toZod(stories).parse(load(yaml));
    expect(data.title).toBe(STORY.title);
    expect(data.cover?.alt).toBe(STORY.alt);
    expect(body.trim()).toBe(BODY);
    expect(existsSync(path.join(cms.repo, 'public', data.cover!.src))).toBe(true);
    expect(readdirSync(path.join(cms.repo, 'public/uploads'))).toContain(path.basename(data.cover!.src));

    const out = path.join(TEST_CACHE, 'cms-rebuilt');
    const result = buildClone(cms.repo, out);
    expect(result.ok, result.output).toBe(true);
    const html = readFileSync(path.join(out, 'stories/2026-05-12-ceshi-yi-zhen/index.html'), 'utf8');
    expect(html).toContain(STORY.title);
    expect(html).toContain(BODY);
    // The cover reaches the page, with its alt text.
    expect(html).toMatch(new RegExp(`<img src="${data.cover!.src}" alt="${STORY.alt}"`));
  });

  it('opening, previewing and saving an entry logs no error of ours; the file changes by one line', async () => {
    // Every page of the session is listened to (tests/support/cms-console.ts); this one is checked here, too.
    let ours = (): string[] => [];
    await login((p) => (ours = watchConsole(p)));
    const preview = page.frameLocator('#preview-pane');
    await page.goto(`${cms.site.url}/admin/#/collections/forum/entries/2026`);
    await expect.poll(() => preview.getByRole('heading', { name: '联系人' }).count(), { timeout: 20_000 }).toBe(1);
    // One field of an existing Markdown entry: its summary, a line Decap's own writer folded in two.
    const summary = page.getByLabel('摘要', { exact: true });
    await summary.fill(`${await summary.inputValue()} 测试修改。`);
    await save();
    await page.getByText('状态: 草稿').waitFor({ timeout: 30_000 });
    const review = 'cms/forum/2026';
    try {
      expect(gitOut(cms.repo, 'diff', '--numstat', cms.branch, review).trim()).toBe('1\t1\tcontent/forum/2026.md');
      expect(gitOut(cms.repo, 'diff', '-U0', cms.branch, review)).toMatch(/^\+summary: .* 测试修改。$/m);
      // Its card on the workflow board: the glossary's words, the date named as the last
      // change, the start of the body as text, not Markdown.
      await page.goto(`${cms.site.url}/admin/#/workflow`);
      const board = page.locator('#nc-root');
      await board.getByText(/^最后修改：\d+月\d+日/).waitFor({ timeout: 20_000 });
      expect(await board.getByText(/^邀请函 各有关单位：/).count()).toBe(1);
      expect(await board.innerText()).not.toContain('## 邀请函');
      for (const column of ['草稿', '审核中', '审核通过']) {
        expect(await board.getByText(column, { exact: true }).count(), column).toBeGreaterThan(0);
      }
    } finally {
      gitOut(cms.repo, 'branch', '-D', review);
    }
    expect(ours()).toEqual([]);
  });
});

describe('CMS: the admin bundle stays on /admin/', () => {
  it('no public page loads the Decap bundle; its size is printed for the record', () => {
    const dist = inject('fixtureDist');
    const bundle = adminBundleBytes(dist);
    const admin = readFileSync(path.join(dist, 'admin/index.html'), 'utf8');
    const entry = admin.match(/<script type="module" src="\/_astro\/([^"]+)"/)?.[1];
    expect(entry && bundle.files).toContain(`_astro/${entry}`);
    const pages = (readdirSync(dist, { recursive: true }) as string[]).filter(
      (f) => f.endsWith('.html') && !f.startsWith(`admin${path.sep}`),
    );
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) expect(readFileSync(path.join(dist, page), 'utf8'), page).not.toContain(entry!);
    // The loader's one import is the prebuilt Decap bundle (admin/integration.ts),
    // and no other script of the site refers to it.
    expect(
      bundle.files.some((f) => /^admin\/_cms\/cms\.[\w-]+\.js$/.test(f)),
      bundle.files.join(' '),
    ).toBe(true);
    expect(bundle.gzipBytes).toBeGreaterThan(500 * 1024);
    const scripts = readdirSync(path.join(dist, '_astro')).filter((f) => f.endsWith('.js') && f !== entry);
    for (const script of scripts) {
      expect(readFileSync(path.join(dist, '_astro', script), 'utf8'), script).not.toContain('/admin/_cms/');
    }
    expect(admin).toContain('<meta name="robots" content="noindex, nofollow">');
    console.log(
      `admin bundle: ${bundle.files.length} files, ${(bundle.bytes / 1024).toFixed(0)} KiB, gzip ${(bundle.gzipBytes / 1024).toFixed(0)} KiB`,
    );
  });
});
