/**
 * `npm run deploy` for real: two deploys and a rollback to a folder served by Debian's
 * nginx with the generated rules, while a reader keeps loading pages, their scripts and
 * styles, and the search index. Not one request may fail across any switch.
 * The same again to "a server" over real ssh (Debian's OpenSSH server, started by the test
 * on loopback with its own keys), the way a self-hosted site deploys.
 * Also: the refusals (loopback build, broken links, a deploy while one runs, nothing to
 * roll back to), a deploy killed during upload, and the headers and content types nginx sends.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { asWriter } from '../../scripts/lib/deploy/lock.ts';
import { contentType } from '../../scripts/lib/content-types.ts';
import { commandLine } from '../../src/lib/proc.ts';
import { headersFor, parseHeaders } from '../../scripts/lib/headers-file.ts';
import { buildSite, makeContent } from '../support/build-site.ts';
import { nginxSkipReason, startNginx, type RunningNginx } from '../support/nginx.ts';
import { FIXTURE_CONTENT, ROOT, TEST_CACHE } from '../support/paths.ts';
import { sshdSkipReason, startSshd, type RunningSshd } from '../support/sshd.ts';

const skip = nginxSkipReason();
const sshSkip = skip ?? sshdSkipReason();
const work = path.join(TEST_CACHE, 'deploy');
const distA = inject('fixtureDist');
const distB = path.join(work, 'dist-b');
const rules = parseHeaders(readFileSync(path.join(ROOT, 'public/_headers'), 'utf8'));

function files(dir: string, under = ''): string[] {
  return readdirSync(path.join(dir, under), { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(dir, path.posix.join(under, d.name)) : [path.posix.join(under, d.name)],
  );
}

/**
 * Where a test deploys: `srv` is the folder on this machine, `to` what `--to` says
 * (the folder itself, or `user@host:folder` over ssh), `env` the deploy's extra settings.
 */
interface Site {
  srv: string;
  to: string;
  env: Record<string, string>;
}

const local: Site = { srv: path.join(work, 'srv'), to: path.join(work, 'srv'), env: {} };

/** Start `npm run deploy` (scripts/deploy.ts) at a site. */
const deployArgs = (site: Site, args: string[]) => ['scripts/deploy.ts', '--to', site.to, ...args];
const deployEnv = (site: Site) => ({ ...process.env, ...site.env });

/** Run `npm run deploy` to completion. */
function deployTo(site: Site, ...args: string[]) {
  const r = spawnSync(process.execPath, deployArgs(site, args), { cwd: ROOT, env: deployEnv(site), encoding: 'utf8' });
  return { code: r.status, output: `${r.stdout}\n${r.stderr}` };
}
const deploy = (...args: string[]) => deployTo(local, ...args);

const liveAt = (site: Site) => path.basename(readlinkSync(path.join(site.srv, 'current')));

/** Every process on this machine (the test's sshd serves "the server" here too) whose command line names `dir`. */
function processesNaming(dir: string): string[] {
  return readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p) && Number(p) !== process.pid)
    .map((p) => commandLine(Number(p)).join(' '))
    .filter((line) => line.includes(dir));
}

/** Bytes under a folder, 0 when it is gone. */
function bytesUnder(dir: string): number {
  if (!existsSync(dir)) return 0;
  return files(dir).reduce((sum, f) => sum + statSync(path.join(dir, f)).size, 0);
}

/** What a build's search index is made of, by the hash pagefind-entry.json names. */
function searchFiles(dist: string): [string, string[]] {
  const entry = JSON.parse(readFileSync(path.join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string }>;
  };
  const hash = Object.values(entry.languages)[0]!.hash;
  const chunks = files(dist, 'pagefind').filter((f) => /\.pf_(index|fragment|filter)$/.test(f));
  return [hash, [`pagefind/pagefind.${hash}.pf_meta`, ...chunks]];
}

/**
 * Readers: each loads a page and the search entry the server announces, and asks for the
 * page's scripts and styles and that index's chunks a second later, as a browser does for
 * lazy files (search runs when someone types). So every switch falls between a page and the
 * files it names, again and again until stopped. Each failure is recorded.
 */
function reader(base: string, search: Map<string, string[]>) {
  const LATER_MS = 1000;
  const failures: string[] = [];
  let requests = 0;
  let running = true;
  const reset: string[] = [];
  const failed = (e: unknown) => ({
    status: `${String(e)} (${String((e as { cause?: unknown }).cause)})`,
    text: () => '',
  });
  const get = async (p: string) => {
    requests++;
    let res = await fetch(`${base}${p}`).catch(failed);
    // A connection the client's keep-alive pool lost (seen once in 5,314 requests on a machine
    // under a load of 15) is asked again once and listed. A release switch cannot cause one:
    // nginx keeps running and answers from the new release, so what the switch can break shows
    // up as a status (404), which is never retried.
    if (typeof res.status === 'string') {
      reset.push(`${p}: ${res.status}`);
      res = await fetch(`${base}${p}`).catch(failed);
    }
    if (res.status !== 200) failures.push(`${p}: ${res.status}`);
    return res;
  };
  const waiting: { at: number; files: string[] }[] = [];
  const due = async (all: boolean) => {
    while (waiting.length && (all || Date.now() - waiting[0]!.at >= LATER_MS)) {
      for (const f of waiting.shift()!.files) await get(f);
    }
  };
  const loop = (async () => {
    const pages = ['/', '/news/', '/research/', '/search/', '/forum/2026/'];
    for (let i = 0; running; i++) {
      const html = await (await get(pages[i % pages.length]!)).text();
      const assets = [...html.matchAll(/(?:href|src)="(\/_astro\/[^"]+)"/g)].map((m) => m[1]!);
      const entry = (await (await get('/pagefind/pagefind-entry.json')).text()) || '{}';
      const languages = (JSON.parse(entry) as { languages?: Record<string, { hash: string }> }).languages ?? {};
      const hash = Object.values(languages)[0]?.hash;
      const chunks = (hash && search.get(hash)) || [];
      if (hash && !chunks.length) failures.push(`unknown search index ${hash}`);
      // A slice of the index per round keeps rounds short.
      const slice = chunks.slice(0, 2).concat(chunks.slice(2 + (i % 8) * 3, 5 + (i % 8) * 3));
      waiting.push({ at: Date.now(), files: [...assets, '/pagefind/pagefind.js', ...slice.map((c) => `/${c}`)] });
      await due(false);
      await new Promise((r) => setTimeout(r, 20));
    }
    await due(true);
  })();
  return {
    failures,
    reset,
    requests: () => requests,
    stop: async () => {
      running = false;
      await loop;
    },
  };
}

/**
 * Deploy A, start readers, start a slow deploy of B and SIGKILL it mid-upload (a second
 * deploy refusing meanwhile): 5 s later no process writes into the target. Then deploy B
 * and C, roll back (→ B), deploy D and roll back twice: first to B, which was live before
 * D (not C, which was withdrawn), then to A. The readers see not one failed request.
 */
async function deployAndRollBack(site: Site, base: string) {
  const { srv } = site;
  const live = () => liveAt(site);
  const search = new Map([searchFiles(distA), searchFiles(distB)]);
  expect(search.size).toBe(2);
  const deployed = (dist: string) => {
    const run = deployTo(site, '--dist', dist);
    expect(run.code, run.output).toBe(0);
    return live();
  };
  const rolledBack = () => {
    const run = deployTo(site, '--rollback');
    expect(run.code, run.output).toBe(0);
    return live();
  };

  const a = deployed(distA);
  const read = reader(base, search);

  // A deploy uploading slowly: a second one refuses to start; then the first is killed.
  const slow = spawn(process.execPath, deployArgs(site, ['--dist', distB, '--bwlimit', '50']), {
    cwd: ROOT,
    env: deployEnv(site),
    stdio: 'ignore',
  });
  const running = () => slow.exitCode === null && slow.signalCode === null;
  const partialDir = () => readdirSync(path.join(srv, 'releases')).find((n) => n.endsWith('.partial'));
  try {
    // Before uploading, the deploy link-checks the build and (over ssh) connects: on a loaded
    // machine that can take many seconds. The wait ends when the upload has begun writing.
    const writing = () => {
      const p = partialDir();
      return p !== undefined && bytesUnder(path.join(srv, 'releases', p)) > 0;
    };
    for (let i = 0; i < 2400 && !writing() && running(); i++) await new Promise((r) => setTimeout(r, 50));
    expect(writing(), `the slow deploy ended (exit ${slow.exitCode}) before uploading`).toBe(true);
    const second = deployTo(site, '--dist', distB);
    expect(second.code).toBe(1);
    expect(second.output).toContain('另一次部署正在进行');
    // SIGKILL to the deploy alone, as a cancelled CI job does: its own handlers cannot run.
    process.kill(slow.pid!, 'SIGKILL');
    await new Promise((r) => slow.once('exit', r));
    expect(live()).toBe(a);
    await new Promise((r) => setTimeout(r, 5000));
    expect(processesNaming(srv), 'processes still at the target 5 s after the deploy was killed').toEqual([]);
    const upload = path.join(srv, 'releases', partialDir()!);
    const size = bytesUnder(upload);
    await new Promise((r) => setTimeout(r, 1000));
    expect(bytesUnder(upload), 'the killed upload still grows').toBe(size);

    const b = deployed(distB);
    expect(b).not.toBe(a);
    expect(readdirSync(path.join(srv, 'releases')).filter((n) => n.endsWith('.partial'))).toEqual([]);
    expect(await (await fetch(`${base}/news/2026-11-27-deploy-test/`)).text()).toContain('部署测试');
    const c = deployed(distA);
    expect(rolledBack()).toBe(b);
    await new Promise((r) => setTimeout(r, 500));
    const d = deployed(distB);
    expect(new Set([a, b, c, d]).size).toBe(4);

    const listed = deployTo(site, '--list');
    expect(listed.code, listed.output).toBe(0);
    const line = (id: string) => listed.output.split('\n').find((l) => l.includes(id)) ?? '';
    expect(line(d)).toContain('← 线上');
    expect(line(b)).toContain('← --rollback 会恢复它');
    expect(line(c)).toContain('已撤回');
    expect(line(a)).toMatch(/上线于 \d{4}-\d\d-\d\d \d\d:\d\d:\d\d 北京时间  提交 [0-9a-f]{12}/);

    expect(rolledBack()).toBe(b);
    await new Promise((r) => setTimeout(r, 500));
    expect(rolledBack()).toBe(a);
    await new Promise((r) => setTimeout(r, 500));
  } finally {
    // Whatever failed, no upload or reader is left running.
    if (running()) process.kill(slow.pid!, 'SIGKILL');
    await read.stop();
  }

  console.log(
    `[deploy] ${site.to}: ${read.requests()} requests across 5 deploys and 3 rollbacks, ${read.failures.length} failed`,
    read.reset.length ? `; connection errors asked again: ${read.reset.join(', ')}` : '',
  );
  expect(read.failures).toEqual([]);
  expect(read.requests()).toBeGreaterThan(200);
  const again = deployTo(site, '--rollback');
  expect(again.code).toBe(1);
  expect(again.output).toContain('没有可以回滚到的上一个版本');
}

describe.skipIf(skip)('npm run deploy, served by nginx', () => {
  let nginx: RunningNginx;

  beforeAll(async () => {
    rmSync(work, { recursive: true, force: true });
    // Release B: the fixture with one more news entry (new pages, a new search index), built
    // for real, and one stylesheet renamed as a code change would (new hash, old name gone).
    const content = makeContent(path.join(work, 'content-b'), FIXTURE_CONTENT);
    writeFileSync(
      path.join(content, 'news', '2026-11-27-deploy-test.md'),
      '---\ntitle: 测试新闻：部署测试\ndate: 2026-11-27\nsummary: 部署测试用的新闻，不是真实新闻。\n---\n\n测试正文。\n',
    );
    const built = buildSite({
      content,
      out: distB,
      env: { SITE_URL: 'https://gyxz.example.cn', CMS_REPO: 'gyxz/site-fixture', LOCAL_BUILD: '' },
    });
    expect(built.ok, built.output).toBe(true);
    const css = files(distB, '_astro').find((f) => f.endsWith('.css'))!;
    const renamed = css.replace(/\.([\w-]+)\.css$/, '.deploytest.css');
    cpSync(path.join(distB, css), path.join(distB, renamed));
    unlinkSync(path.join(distB, css));
    for (const f of files(distB).filter((f) => f.endsWith('.html'))) {
      const file = path.join(distB, f);
      writeFileSync(file, readFileSync(file, 'utf8').replaceAll(`/${css}`, `/${renamed}`));
    }
    nginx = await startNginx(path.join(local.srv, 'current'), path.join(work, 'nginx'));
  });

  afterAll(async () => {
    await nginx?.stop();
  });

  it('refuses a loopback build and a build with broken links, and has nothing to roll back to', () => {
    const loop = path.join(work, 'dist-loopback');
    cpSync(distA, loop, { recursive: true });
    const home = path.join(loop, 'index.html');
    writeFileSync(home, readFileSync(home, 'utf8').replaceAll('https://gyxz.example.cn', 'http://localhost:4321'));
    const refused = deploy('--dist', loop);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('是用本机地址 http://localhost:4321/ 构建的');

    const broken = path.join(work, 'dist-broken');
    cpSync(distA, broken, { recursive: true });
    unlinkSync(
      path.join(
        broken,
        files(broken, '_astro').find((f) => f.endsWith('.css'))!,
      ),
    );
    expect(deploy('--dist', broken).output).toMatch(/链接检查发现 \d+ 个站内断链/);

    // Without rsync on this machine: a word on what to install, not `spawn rsync ENOENT`.
    const noRsync = spawnSync(process.execPath, deployArgs(local, ['--dist', distA]), {
      cwd: ROOT,
      env: { ...process.env, PATH: path.join(work, 'empty-path') },
      encoding: 'utf8',
    });
    expect(noRsync.status).toBe(1);
    expect(noRsync.stderr).toContain('本机没有 rsync：部署用它上传。请先安装（Debian/Ubuntu：apt-get install rsync');

    const none = deploy('--rollback');
    expect(none.code).toBe(1);
    expect(none.output).toContain('没有可以回滚到的版本');
    expect(existsSync(path.join(local.srv, 'current'))).toBe(false);
  });

  it('deploys and rolls back along the history with zero failed requests; a killed deploy stops writing', async () => {
    await deployAndRollBack(local, nginx.url);
  });

  it('stops a writer that an earlier deploy left behind before it starts', async () => {
    // As when a killed deploy's lock holder was killed too: only the lock names the writer.
    const lock = path.join(local.srv, '.deploy.lock');
    const stale = spawn('sh', ['-c', asWriter(lock, 'sleep 300')], { detached: true, stdio: 'ignore' });
    const gone = new Promise((r) => stale.once('exit', r));
    while (!readFileSync(lock, 'utf8').trim()) await new Promise((r) => setTimeout(r, 20));
    const run = deploy('--dist', distA);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain(`停止了上一次部署遗留的上传进程（进程组 ${stale.pid}）`);
    await gone;
  });

  it('serves no dotfile and keeps the deploy bookkeeping out of the served folder', async () => {
    const release = path.join(local.srv, 'current');
    const dotted = (dir: string) => files(dir).filter((f) => f.split('/').some((part) => part.startsWith('.')));
    // Netlify and Cloudflare Pages serve dist/ as it is: it has no dotfile to serve.
    expect(dotted(distA)).toEqual([]);
    expect(dotted(release)).toEqual([]);
    expect(existsSync(path.join(local.srv, '.deploy/history'))).toBe(true);
    mkdirSync(path.join(release, '.git'), { recursive: true });
    for (const f of ['.release-files', '.git/config', '_astro/.env', 'pagefind/.hidden', 'admin/.htpasswd']) {
      writeFileSync(path.join(release, f), 'secret');
      const res = await fetch(`${nginx.url}/${f}`);
      expect(res.status, f).toBe(404);
      expect(await res.text(), f).not.toContain('secret');
      rmSync(path.join(release, f));
    }
  });

  it('sends the headers of public/_headers and the right content type for every file type', async () => {
    const release = path.join(local.srv, 'current');
    const byExt = new Map<string, string>();
    for (const f of files(release)) {
      const ext = path.extname(f);
      if (ext && !f.startsWith('.') && !byExt.has(ext)) byExt.set(ext, f);
    }
    const paths = [...byExt.values(), 'news/', 'admin/', 'forum/2026/calendar.ics'];
    expect(byExt.has('.ics') && byExt.has('.wasm') && byExt.has('.xlsx')).toBe(true);
    for (const p of paths) {
      const res = await fetch(`${nginx.url}/${p}`);
      expect(res.status, p).toBe(200);
      const expected = p.endsWith('/') ? 'text/html; charset=utf-8' : contentType(p);
      expect(res.headers.get('content-type'), p).toBe(expected);
      for (const [name, value] of Object.entries(headersFor(rules, `/${p}`))) {
        expect(res.headers.get(name), `${p} ${name}`).toBe(value);
      }
    }
    expect((await fetch(`${nginx.url}/forum/2026/calendar.ics`)).headers.get('content-type')).toBe(
      'text/calendar; charset=utf-8',
    );
    expect((await fetch(`${nginx.url}/no-such-page/`)).status).toBe(404);
  });

  describe.skipIf(sshSkip)('to a server over ssh', () => {
    const remote = path.join(work, 'ssh-srv');
    let sshd: RunningSshd;
    let served: RunningNginx;
    let site: Site;

    beforeAll(async () => {
      sshd = await startSshd(path.join(work, 'sshd'));
      site = { srv: remote, to: `${sshd.host}:${remote}`, env: { RSYNC_RSH: sshd.rsh } };
      served = await startNginx(path.join(remote, 'current'), path.join(work, 'ssh-nginx'));
    });

    afterAll(async () => {
      await served?.stop();
      await sshd?.stop();
    });

    // Every step is an ssh connection and the upload is encrypted: on a machine shared by
    // several builds this took over two minutes, so the limit is generous (not a speed check).
    it(
      'deploys and rolls back along the history with zero failed requests; a killed deploy stops writing',
      {
        timeout: 600_000,
      },
      async () => {
        const none = deployTo(site, '--rollback');
        expect(none.code, none.output).toBe(1);
        expect(none.output).toContain('没有可以回滚到的版本');
        await deployAndRollBack(site, served.url);
      },
    );
  });
});
