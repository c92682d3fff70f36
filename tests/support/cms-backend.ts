/**
 * What the CMS browser test runs against: a throwaway clone of this repository,
 * the real `decap-server` in git mode working on it (behind scripts/lib/local-backend/), and the built site's /admin/
 * served on localhost (Decap only looks for a local backend on localhost).
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { decapConfig } from '../../admin/decap-config.ts';
import { headersFor, parseHeaders } from '../../scripts/lib/headers-file.ts';
import { startLocalBackend, type LocalBackend } from '../../scripts/lib/local-backend/server.ts';
import { startServer, type RunningServer } from '../../scripts/lib/static-server.ts';
import { ROOT } from './paths.ts';

function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed:\n${r.stderr}`);
  return r.stdout;
}

/**
 * A fresh clone of the committed repository at its current commit, on the branch checked
 * out here (whatever it is called; a detached checkout, as in CI, gets branch `cms-test`).
 * decap-server commits with `git add .` and switches branches, so it must never run in
 * the working tree. Returns the branch, which the CMS must be told (`CMS_BRANCH`).
 */
export function cloneRepo(dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  git(ROOT, 'clone', '--quiet', '--no-hardlinks', ROOT, dir);
  let branch = git(dir, 'branch', '--show-current').trim();
  if (!branch) {
    branch = 'cms-test';
    git(dir, 'checkout', '--quiet', '-b', branch);
  }
  git(dir, 'config', 'user.name', 'CMS test');
  git(dir, 'config', 'user.email', 'cms-test@localhost');
  return branch;
}

/** The clone's branches and the files changed on each, for assertions. */
export function gitOut(dir: string, ...args: string[]): string {
  return git(dir, ...args);
}

/** A free TCP port on loopback (scripts/lib/free-port.ts), for the tests' servers. */
export { freePort } from '../../scripts/lib/free-port.ts';

export type DecapServer = LocalBackend;

/** Start the local content backend (decap-server, MODE=git, behind scripts/lib/local-backend/) on a repository. */
export const startDecapServer = (repo: string, port: number): Promise<DecapServer> => startLocalBackend({ repo, port });

/**
 * Serve a copy of the built site whose /admin/config.yml points the local backend at
 * `backendUrl` and publishes to `branch`. The copy's /admin/ policy also allows that one http://localhost origin:
 * the production policy only allows HTTPS APIs, and a local backend is plain http.
 */
export async function serveAdmin(
  builtSite: string,
  copyDir: string,
  backendUrl: string,
  branch: string,
): Promise<RunningServer> {
  rmSync(copyDir, { recursive: true, force: true });
  cpSync(builtSite, copyDir, { recursive: true });
  const config = decapConfig({ ...process.env, CMS_LOCAL_BACKEND_URL: backendUrl, CMS_BRANCH: branch });
  writeFileSync(path.join(copyDir, 'admin', 'config.yml'), JSON.stringify(config, null, 2));
  const headersFile = path.join(copyDir, '_headers');
  const policy = headersFor(parseHeaders(readFileSync(headersFile, 'utf8')), '/admin/')['Content-Security-Policy'];
  if (!policy?.includes('connect-src')) throw new Error('public/_headers has no /admin/ Content-Security-Policy');
  const origin = new URL(backendUrl).origin;
  const testPolicy = policy.replace(/connect-src ([^;]*)/, `connect-src $1 ${origin}`);
  appendFileSync(
    headersFile,
    `\n# Test only: the local decap-server.\n/admin/*\n  Content-Security-Policy: ${testPolicy}\n`,
  );
  return startServer({ dir: copyDir, port: 0, host: 'localhost' });
}

/**
 * Give the clone this checkout's dependencies through a symlink. `.gitignore` says
 * `node_modules/`, which matches directories only, not a symlink: the clone's own exclude
 * file keeps the link out of decap-server's `git add .` and out of `git status`.
 */
export function linkModules(repo: string): void {
  const modules = path.join(repo, 'node_modules');
  if (existsSync(modules)) return;
  symlinkSync(path.join(ROOT, 'node_modules'), modules, 'dir');
  appendFileSync(path.join(repo, '.git/info/exclude'), '\n/node_modules\n');
}

/**
 * Build the clone as a deployment would after the CMS merged: its own code, content and
 * public/ (the uploaded images live there), with this checkout's dependencies.
 */
export function buildClone(
  repo: string,
  out: string,
  env: Record<string, string> = {},
): { ok: boolean; output: string } {
  linkModules(repo);
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--out', out], {
    cwd: repo,
    encoding: 'utf8',
    env: {
      ...process.env,
      LOCAL_BUILD: '1',
      NODE_ENV: 'production',
      NO_COLOR: '1',
      ASTRO_TELEMETRY_DISABLED: '1',
      ASTRO_CACHE_DIR: path.join(repo, '.cache/astro'),
      ...env,
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
}
