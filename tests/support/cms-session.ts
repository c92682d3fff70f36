/**
 * The set-up every CMS end-to-end file shares: a throwaway clone of this repository, the
 * real decap-server in git mode on it, a copy of the built site whose /admin/ talks to that
 * server, and Chromium. Registers the vitest hooks and hands back the handles.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import type { RunningServer } from '../../scripts/lib/static-server.ts';
import { launchBrowser } from './browser.ts';
import { cloneRepo, freePort, gitOut, serveAdmin, startDecapServer, type DecapServer } from './cms-backend.ts';
import { watchConsole } from './cms-console.ts';
import { TEST_CACHE } from './paths.ts';

export interface CmsSession {
  /** The clone decap-server commits to: `$TEST_CACHE/<name>-repo`. */
  readonly repo: string;
  /** The clone's branch the CMS publishes to. Like the handles below, set once `beforeAll` has run. */
  readonly branch: string;
  readonly decap: DecapServer;
  /** The built site's copy, serving /admin/. */
  readonly site: RunningServer;
  readonly browser: Browser;
  /**
   * A page in a fresh browser profile (Decap keeps unsaved drafts in the browser) that
   * answers Decap's leave-page dialog. Closed after the test; screenshot to
   * `$TEST_CACHE/<name>-failure.png` first when the test failed. The test fails when the
   * page logged an error or warning, or threw, that is not Decap's own (tests/support/cms-console.ts).
   */
  newPage(viewport?: { width: number; height: number }, options?: { locale?: string }): Promise<Page>;
  /** One call to the local backend, as Decap's proxy backend makes it, on the publishing branch. */
  readonly backend: (action: string, params: Record<string, unknown>) => Promise<unknown>;
  /**
   * Save a draft through the backend, as Decap's editorial workflow saves one (another
   * editor's save); `assets` are repository paths with base64 content.
   */
  readonly saveDraft: (
    collection: string,
    slug: string,
    raw: string,
    assets?: { path: string; content: string }[],
  ) => Promise<unknown>;
}

/**
 * How many of `page`'s requests to the local backend at `url` are not answered yet, counted
 * from now. decap-server runs one git request at a time and fails one that waits more than
 * 3 seconds for its turn, so a test clicks what makes it run git once it is idle.
 * @example const busy = backendRequests(page, cms.decap.url); await expect.poll(busy).toBe(0);
 */
export function backendRequests(page: Page, url: string): () => number {
  let pending = 0;
  const ours = (r: { url(): string }) => r.url().startsWith(url);
  page.on('request', (r) => void (ours(r) && pending++));
  page.on('requestfinished', (r) => void (ours(r) && pending--));
  page.on('requestfailed', (r) => void (ours(r) && pending--));
  return () => pending;
}

/**
 * Let Decap's editor (Slate) take the caret the page moved. It reads the page's selection on
 * a listener throttled to 100 ms and ignores it while a render is pending, so keys pressed
 * at once after a click land where its own selection was: on a busy machine, the start.
 */
export function caretTaken(page: Page): Promise<void> {
  return page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 200)))),
  );
}

/**
 * Take the draft open in `page` through 审核中 and 审核通过 to published, as an editor does,
 * clicking each step once decap-server has answered everything else (`busy`, from
 * backendRequests); resolves once `repo` has no review branch left.
 */
export async function publishDraft(page: Page, repo: string, busy: () => number): Promise<void> {
  const whenIdle = async (action: () => Promise<void>) => {
    await expect.poll(busy, { timeout: 60_000 }).toBe(0);
    await action();
  };
  for (const status of ['审核中', '审核通过']) {
    await page.getByText(/^状态: /).click();
    await whenIdle(() => page.getByRole('menuitem', { name: status }).click());
    await page.getByText(`状态: ${status}`).waitFor({ timeout: 30_000 });
  }
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await whenIdle(() => page.getByRole('menuitem', { name: '立即发布' }).click());
  await expect.poll(() => gitOut(repo, 'branch', '--list', 'cms/*').trim(), { timeout: 20_000 }).toBe('');
}

/**
 * Set up a CMS session for the enclosing `describe`.
 * @example const cms = useCmsSession('cms-rankings'); // then cms.site.url, cms.repo, await cms.newPage()
 */
export function useCmsSession(name: string): CmsSession {
  const repo = path.join(TEST_CACHE, `${name}-repo`);
  let handles: { branch: string; decap: DecapServer; site: RunningServer; browser: Browser } | undefined;
  let pages: Page[] = [];
  let consoles: (() => string[])[] = [];
  const ready = () => {
    if (!handles) throw new Error(`useCmsSession('${name}'): used before its beforeAll ran`);
    return handles;
  };

  beforeAll(async () => {
    const branch = cloneRepo(repo);
    const decap = await startDecapServer(repo, await freePort());
    const site = await serveAdmin(inject('fixtureDist'), path.join(TEST_CACHE, `${name}-site`), decap.url, branch);
    handles = { branch, decap, site, browser: await launchBrowser() };
  });
  afterEach(async (ctx) => {
    const open = pages.filter((p) => !p.isClosed());
    const heard = consoles.flatMap((ours) => ours());
    pages = [];
    consoles = [];
    const last = open.at(-1);
    if (last && ctx.task.result?.state === 'fail') {
      await last.screenshot({ path: path.join(TEST_CACHE, `${name}-failure.png`) });
    }
    for (const page of open) await page.context().close();
    expect(heard, 'console errors, warnings and uncaught errors of our own').toEqual([]);
  });
  afterAll(async () => {
    await handles?.browser.close();
    await handles?.site.close();
    await handles?.decap.stop();
  });

  async function backend(action: string, params: Record<string, unknown>): Promise<unknown> {
    const { decap, branch } = ready();
    const res = await fetch(decap.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action, params: { branch, ...params } }),
    });
    const json: unknown = await res.json();
    if (!res.ok) throw new Error(`${action}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  }

  return {
    repo,
    backend,
    saveDraft: (collection, slug, raw, assets = []) =>
      backend('persistEntry', {
        dataFiles: [{ slug, path: `content/${collection}/${slug}.md`, raw }],
        assets: assets.map((a) => ({ ...a, encoding: 'base64' })),
        options: {
          collectionName: collection,
          commitMessage: `测试：保存 ${slug}`,
          useWorkflow: true,
          status: 'draft',
        },
      }),
    get branch() {
      return ready().branch;
    },
    get decap() {
      return ready().decap;
    },
    get site() {
      return ready().site;
    },
    get browser() {
      return ready().browser;
    },
    async newPage(viewport = { width: 1280, height: 900 }, options: { locale?: string } = {}) {
      const page = await (await ready().browser.newContext({ viewport, ...options })).newPage();
      // The page may navigate or reload before the answer lands, and then Playwright's
      // accept() rejects with "No dialog is showing": nothing to answer.
      page.on('dialog', (d) => void d.accept().catch(() => undefined));
      pages.push(page);
      consoles.push(watchConsole(page));
      return page;
    },
  };
}
