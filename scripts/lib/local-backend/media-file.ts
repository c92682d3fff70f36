import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Whether `file` (a path in the repository) exists on `branch`. decap-server reads a media
 * file from the checked-out publishing branch and answers a missing one with 500 「Unknown
 * error」; GitHub and Forgejo answer 404, which Decap takes as "no such file" (a body image
 * whose upload was never saved falls back to its site path).
 * @example await fileOnBranch('/tmp/clone', 'main', 'public/uploads/a.png') // false
 */
export async function fileOnBranch(repo: string, branch: string, file: string): Promise<boolean> {
  try {
    await run('git', ['cat-file', '-e', `${branch}:${file.replace(/^\.?\//, '')}`], { cwd: repo });
    return true;
  } catch {
    return false;
  }
}
