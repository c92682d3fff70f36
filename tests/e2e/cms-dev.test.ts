/**
 * `npm run cms` itself (scripts/cms.ts: the dev server plus decap-server) on a throwaway
 * clone, driven in real Chromium: content changes made by the CMS never reload /admin/,
 * a settings edit changes one line of the file, a taken port is explained in Chinese, and
 * the CMS's replacements of Decap's parts reach the dev server's pre-bundle.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSkipReason, launchBrowser } from '../support/browser.ts';
import { cloneRepo, freePort, gitOut, linkModules } from '../support/cms-backend.ts';
import { watchConsole } from '../support/cms-console.ts';
import { devEnv } from '../support/dev-env.ts';
import { TEST_CACHE } from '../support/paths.ts';

const skip = browserSkipReason();
const REPO = path.join(TEST_CACHE, 'cms-dev-repo');

/** `node scripts/cms.ts` in the clone, its output collected. */
function runCms(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, ['scripts/cms.ts'], {
    cwd: REPO,
    env: devEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so that stopping it stops the dev server and decap-server too.
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  return { child, output: () => output };
}

function exited(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null ? Promise.resolve(child.exitCode) : new Promise((r) => child.once('exit', r));
}

describe.skipIf(skip)('npm run cms on a throwaway clone', () => {
  let branch: string;
  let cms: ReturnType<typeof runCms> | undefined;
  let browser: Browser;
  let page: Page;
  let base: string;

  beforeAll(() => {
    branch = cloneRepo(REPO);
    linkModules(REPO);
  });
  afterAll(async () => {
    await browser?.close();
    if (cms && cms.child.exitCode === null && cms.child.pid) {
      process.kill(-cms.child.pid, 'SIGTERM');
      await exited(cms.child);
    }
  });

  it('a taken port is named in Chinese, with how to choose another', async () => {
    const taken: Server = createServer();
    const port = await new Promise<number>((resolve) =>
      taken.listen(0, '127.0.0.1', () => {
        const address = taken.address();
        resolve(typeof address === 'object' && address ? address.port : 0);
      }),
    );
    try {
      const run = runCms({ CMS_PORT: String(port), CMS_SITE_PORT: String(await freePort()) });
      expect(await exited(run.child)).toBe(1);
      expect(run.output()).toContain(`端口 ${port} 已被占用`);
      expect(run.output()).toContain(`CMS_PORT=${port + 1} npm run cms`);
      expect(run.output()).not.toContain('EADDRINUSE');
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });

  // Long: the dev server compiles the whole CMS on the first visit.
  it(
    'saving a settings change does not reload /admin/, and changes one line of the file',
    { timeout: 600_000 },
    async () => {
      const sitePort = await freePort();
      base = `http://localhost:${sitePort}`;
      cms = runCms({ CMS_PORT: String(await freePort()), CMS_SITE_PORT: String(sitePort), CMS_BRANCH: branch });
      // The dev server compiles on the first request, which takes a while on a busy machine.
      for (let i = 0; ; i++) {
        const ok = await fetch(`${base}/admin/`).then(
          (r) => r.ok,
          () => false,
        );
        if (ok) break;
        if (i > 480 || cms.child.exitCode !== null) throw new Error(`npm run cms did not start:\n${cms.output()}`);
        await new Promise((r) => setTimeout(r, 500));
      }

      browser = await launchBrowser();
      page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
      page.setDefaultTimeout(60_000);
      const ours = watchConsole(page);
      // The first visit compiles Decap and its dependencies: about a minute on a busy machine.
      await page.goto(`${base}/admin/`, { waitUntil: 'domcontentloaded', timeout: 300_000 });
      await page.getByRole('button', { name: '登录' }).waitFor({ timeout: 300_000 });
      await page.getByRole('button', { name: '登录' }).click();
      await page.goto(`${base}/admin/#/collections/settings/entries/site`);
      const shortName = page.getByLabel('简称', { exact: true });
      await shortName.waitFor();
      // A reload would wipe this.
      await page.evaluate(() => Object.assign(window, { __notReloaded: true }));
      await shortName.fill(`${await shortName.inputValue()}（测试）`);
      await page.getByRole('button', { name: '保存', exact: true }).click();
      await page.getByText('状态: 草稿').waitFor();

      // decap-server switched branches to save, and the CMS keeps asking about the pending
      // change: before, the dev server reloaded the admin every two seconds.
      await page.waitForTimeout(8000);
      expect(await page.evaluate(() => '__notReloaded' in window)).toBe(true);
      await page.getByText('状态: 草稿').waitFor({ timeout: 1000 });

      const diff = gitOut(REPO, 'diff', '--numstat', branch, 'cms/settings/site', '--', 'content/settings/site.json');
      expect(diff.trim()).toBe('1\t1\tcontent/settings/site.json');

      // Our replacements reach inside the dev server's pre-bundle of Decap too (admin/decap-aliases.ts):
      // the body's 添加组件 menu names the code block in Chinese, as in the production build.
      await page.goto(`${base}/admin/#/collections/stories/new`);
      await page.locator('[contenteditable="true"]').click();
      await page.getByTitle('添加组件').click();
      expect(await page.getByRole('menuitem').allInnerTexts()).toEqual(expect.arrayContaining(['代码块', '图片']));
      expect(ours()).toEqual([]);
    },
  );
});
