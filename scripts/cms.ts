/**
 * Local editing: the site's dev server plus decap-server, so an editor can use /admin/
 * on their own machine without logging in to GitHub/GitLab/Forgejo.
 *
 *   npm run cms            → http://localhost:4321/admin/
 *   CMS_PORT (decap-server, default 8081) and CMS_SITE_PORT (dev server, default 4321)
 *   choose other ports.
 *
 * decap-server runs in MODE=git: every save is `git add .` + `git commit`, and the review
 * stages are local branches it checks out and merges (behind lib/local-backend/, which
 * answers what decap-server gets wrong). Run it only in a clean clone that
 * holds nothing else you are working on (see admin/README.md).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { startLocalBackend } from './lib/local-backend/server.ts';
import { portInUse } from './lib/port-in-use.ts';

const root = process.cwd();
const dirty = spawnSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' }).stdout.trim();
if (dirty && process.env['CMS_ALLOW_DIRTY'] !== '1') {
  console.error(
    '工作区有未提交的修改。decap-server 会执行 git add . 并切换分支，这些修改会被一并提交。\n' +
      '请在干净的克隆中运行 npm run cms（或确认无妨后设置 CMS_ALLOW_DIRTY=1）。\n' +
      dirty,
  );
  process.exit(1);
}

const port = process.env['CMS_PORT'] ?? '8081';
const sitePort = process.env['CMS_SITE_PORT'] ?? '4321';
// Both servers are checked before either starts: a taken port would otherwise end in a
// raw EADDRINUSE stack (decap-server) or a silently different address (the dev server).
for (const [p, host, variable, what] of [
  [port, '127.0.0.1', 'CMS_PORT', 'decap-server（本地内容后端）'],
  [sitePort, 'localhost', 'CMS_SITE_PORT', '网站开发服务器'],
] as const) {
  if (await portInUse(Number(p), host)) {
    console.error(
      `端口 ${p} 已被占用，无法启动${what}。可能已有一个 npm run cms 在运行：请先结束它，` +
        `或换一个端口，例如 ${variable}=${Number(p) + 1} npm run cms`,
    );
    process.exit(1);
  }
}
const backend = await startLocalBackend({ repo: root, port: Number(port), echo: true });
const children: ChildProcess[] = [
  spawn(
    process.execPath,
    [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', 'localhost', '--port', sitePort],
    {
      stdio: 'inherit',
      env: { ...process.env, CMS_LOCAL_BACKEND_URL: `http://localhost:${port}/api/v1` },
    },
  ),
];
console.log(`内容管理：打开 http://localhost:${sitePort}/admin/ ，点击“登录”。按 Ctrl+C 结束。`);

// One stops, both stop: an admin without its backend (or the reverse) only confuses.
const stop = () => {
  children.forEach((c) => c.exitCode === null && c.kill('SIGTERM'));
  void backend.stop();
};
for (const child of children) child.on('exit', stop);
void backend.exited.then(stop);
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
