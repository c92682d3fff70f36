import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A throwaway repository on `main` for the local backend's tests, with `git` and `write`
 * bound to it; drafts are made on it as decap-server makes them (a `cms/…` branch).
 */
export function draftRepo() {
  const repo = mkdtempSync(path.join(tmpdir(), 'local-backend-'));
  const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8' });
  const write = (file: string, data: string | Buffer) => {
    mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    writeFileSync(path.join(repo, file), data);
  };
  git('init', '--quiet', '--initial-branch=main');
  git('config', 'user.name', 'test');
  git('config', 'user.email', 'test@localhost');
  return { repo, git, write };
}
