import { execFileSync } from 'node:child_process';

/**
 * Commit everything in `dir` to a git repository of its own (made if there is none), at `date`
 * or now, as a site's content is committed before a real build dates its entries from git.
 */
export function commitAll(dir: string, message: string, date?: string): void {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: '测试',
    GIT_AUTHOR_EMAIL: 'test@example.invalid',
    GIT_COMMITTER_NAME: '测试',
    GIT_COMMITTER_EMAIL: 'test@example.invalid',
    ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
  };
  const git = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { stdio: 'pipe', env });
  git('init', '--quiet');
  git('add', '--all');
  git('commit', '--quiet', '--allow-empty', '-m', message);
}
