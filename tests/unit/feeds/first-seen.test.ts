import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstSeenDates, parseFirstSeen } from '../../../src/feeds/first-seen.ts';

describe('parseFirstSeen', () => {
  it('keeps the earliest date of each file', () => {
    const log = '\0 2026-11-27T09:00:00+00:00\n\nnews/b.md\n\0 2026-11-26T15:29:25+00:00\n\nnews/a.md\nnews/b.md\n';
    const seen = parseFirstSeen(log, '/c');
    expect(seen.get('/c/news/a.md')).toEqual(new Date('2026-11-26T15:29:25Z'));
    expect(seen.get('/c/news/b.md')).toEqual(new Date('2026-11-26T15:29:25Z'));
  });
});

describe('firstSeenDates', () => {
  it('reads a real repository: the commit that added each file at its path', () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'first-seen-'));
    const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { stdio: 'pipe' });
    git('init', '-q');
    const commit = (when: string, message: string) =>
      execFileSync('git', ['-C', repo, 'commit', '-q', '-m', message], {
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@example.cn',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@example.cn',
          GIT_AUTHOR_DATE: when,
          GIT_COMMITTER_DATE: when,
        },
      });
    mkdirSync(path.join(repo, 'content/news'), { recursive: true });
    writeFileSync(path.join(repo, 'content/news/a.md'), 'a');
    git('add', '.');
    commit('2026-01-02T03:04:05Z', 'add a');
    writeFileSync(path.join(repo, 'content/news/a.md'), 'a, edited');
    writeFileSync(path.join(repo, 'content/news/b.md'), 'b');
    git('add', '.');
    commit('2026-02-03T00:00:00Z', 'edit a, add b');
    renameSync(path.join(repo, 'content/news/b.md'), path.join(repo, 'content/news/c.md'));
    git('add', '-A');
    commit('2026-03-04T00:00:00Z', 'rename b to c');

    const seen = firstSeenDates(path.join(repo, 'content'));
    expect(seen.get(path.join(repo, 'content/news/a.md'))).toEqual(new Date('2026-01-02T03:04:05Z'));
    expect(seen.get(path.join(repo, 'content/news/c.md'))).toEqual(new Date('2026-03-04T00:00:00Z'));
    expect(firstSeenDates(tmpdir()).size).toBe(0);
  });
});
