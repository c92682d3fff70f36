/**
 * Under `astro dev` there is no search index: the search page must say so
 * plainly and point to the production build, instead of failing silently.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devEnv } from '../support/dev-env.ts';
import { ROOT } from '../support/paths.ts';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

describe('search page under astro dev', () => {
  let server: ChildProcess;
  let base: string;

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = spawn(
      process.execPath,
      [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)],
      { cwd: ROOT, env: devEnv(), stdio: 'ignore' },
    );
    // Poll until the dev server answers: it compiles on the first request, which takes
    // a while on a busy two-core machine.
    for (let i = 0; i < 480; i++) {
      const ok = await fetch(`${base}/search/`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return;
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error('astro dev did not start');
  });
  afterAll(() => {
    server?.kill();
  });

  it('says that search needs a production build, and how to make one', async () => {
    const page = await (await fetch(`${base}/search/`)).text();
    expect(page).toContain('开发模式（astro dev）下没有搜索索引');
    expect(page).toMatch(/npm run build (&amp;|&){2} npm run serve/u);
  });
});
