import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * When each file under `dir` first appeared: the commit date of the commit that added it at
 * its current path (`git log --diff-filter=A --no-renames`), as absolute path → date.
 * A renamed file counts from its rename, since its URL changed then too.
 * @example parseFirstSeen('\0 2026-11-26T15:29:25+00:00\n\nnews/a.md\n', '/c').get('/c/news/a.md') // 2026-11-26T15:29:25Z
 */
export function parseFirstSeen(log: string, dir: string): Map<string, Date> {
  const seen = new Map<string, Date>();
  for (const block of log.split('\0').slice(1)) {
    const [stamp = '', ...files] = block.trim().split('\n');
    const date = new Date(stamp.trim());
    for (const file of files.map((f) => f.trim()).filter(Boolean)) {
      const full = path.resolve(dir, file);
      const known = seen.get(full);
      if (!known || date < known) seen.set(full, date);
    }
  }
  return seen;
}

/**
 * First-appearance dates of the files under `dir` from git history; empty when `dir` is not
 * in a git repository. A shallow clone cuts history short, so there it warns: its dates
 * would be the clone's oldest commit, not the files' first appearance.
 */
export function firstSeenDates(dir: string): Map<string, Date> {
  const git = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', stdio: 'pipe' });
  let log: string;
  try {
    log = git('log', '--diff-filter=A', '--no-renames', '--relative', '--name-only', '--format=%x00 %cI', '--', '.');
    if (git('rev-parse', '--is-shallow-repository').trim() === 'true') {
      console.warn(
        '注意：这是浅克隆（shallow clone），RSS 中无日期条目的“首次出现日期”可能偏晚。请完整克隆（如 actions/checkout 的 fetch-depth: 0）。',
      );
    }
  } catch {
    return new Map();
  }
  return parseFirstSeen(log, dir);
}
