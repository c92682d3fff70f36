import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** What git history says about one file. */
export interface FileDates {
  /** The commit that added the file at its current path. */
  added: Date;
  /** The last commit that added or changed it. */
  changed: Date;
}

/**
 * Dates of each file from `git log --no-renames --name-status --format='%x00 %cI'`, as absolute
 * path → dates. Added: the earliest commit that added the file at its path; a renamed file counts
 * from its rename, since its URL changed then too. Changed: the latest commit that added or
 * changed it, whatever order the log lists commits in.
 * @example parseGitDates('\0 2026-11-26T15:29:25+00:00\n\nA\tnews/a.md\n', '/c').get('/c/news/a.md')?.added // 2026-11-26T15:29:25Z
 */
export function parseGitDates(log: string, dir: string): Map<string, FileDates> {
  const added = new Map<string, Date>();
  const changed = new Map<string, Date>();
  // A shallow clone may hold only later changes of a file: then its earliest change stands in.
  const earliest = new Map<string, Date>();
  const keep = (map: Map<string, Date>, file: string, date: Date, better: (a: Date, b: Date) => boolean) => {
    const known = map.get(file);
    if (!known || better(date, known)) map.set(file, date);
  };
  for (const block of log.split('\0').slice(1)) {
    const [stamp = '', ...lines] = block.trim().split('\n');
    const date = new Date(stamp.trim());
    for (const line of lines) {
      const [status, file] = line.trim().split('\t');
      if (!file || (status !== 'A' && status !== 'M')) continue;
      const full = path.resolve(dir, file);
      if (status === 'A') keep(added, full, date, (a, b) => a < b);
      keep(earliest, full, date, (a, b) => a < b);
      keep(changed, full, date, (a, b) => a > b);
    }
  }
  return new Map(
    [...changed].map(([file, last]) => [file, { added: added.get(file) ?? earliest.get(file)!, changed: last }]),
  );
}

/**
 * Git dates of the files under `dir`, in one `git log`; empty when `dir` is not in a git
 * repository. A shallow clone cuts history short, so there it warns: its dates would be the
 * clone's oldest commit, not the files' first appearance.
 */
export function gitDates(dir: string): Map<string, FileDates> {
  const git = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', stdio: 'pipe' });
  let log: string;
  try {
    log = git('log', '--no-renames', '--relative', '--name-status', '--format=%x00 %cI', '--', '.');
    if (git('rev-parse', '--is-shallow-repository').trim() === 'true') {
      console.warn(
        '注意：这是浅克隆（shallow clone），RSS、结构化数据中无日期条目的“首次出现日期”和网站地图的修改日期可能不准。请完整克隆（如 actions/checkout 的 fetch-depth: 0）。',
      );
    }
  } catch {
    return new Map();
  }
  return parseGitDates(log, dir);
}
