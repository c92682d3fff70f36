/**
 * Local editing: the site's dev server plus decap-server, so an editor can use /admin/
 * on their own machine without logging in to GitHub/GitLab/Forgejo.
 *
 *   npm run cms            → http://localhost:4321/admin/
 *
 * decap-server runs in MODE=git: every save is `git add .` + `git commit`, and the review
 * stages are local branches it checks out and merges. Run it only in a clean clone that
 * holds nothing else you are working on (see admin/README.md).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';

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
const children: ChildProcess[] = [
  spawn(process.execPath, [path.join(root, 'node_modules/decap-server/dist/index.js')], {
    stdio: 'inherit',
    env: { ...process.env, MODE: 'git', PORT: port, GIT_REPO_DIRECTORY: root, BIND_HOST: '127.0.0.1' },
  }),
  spawn(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', 'localhost'], {
    stdio: 'inherit',
    env: { ...process.env, CMS_LOCAL_BACKEND_URL: `http://localhost:${port}/api/v1` },
  }),
];
console.log('内容管理：打开 http://localhost:4321/admin/ ，点击“登录”。按 Ctrl+C 结束。');

// One stops, both stop: an admin without its backend (or the reverse) only confuses.
const stop = () => children.forEach((c) => c.exitCode === null && c.kill('SIGTERM'));
for (const child of children) child.on('exit', stop);
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
