import { mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitDates, parseGitDates } from '../../../src/dates/git-dates.ts';
import { commitAll } from '../../support/git-repo.ts';

describe('parseGitDates', () => {
  it('keeps the earliest add and the latest change of each file', () => {
    const log = [
      '\0 2026-11-28T09:00:00+00:00\n\nM\tnews/a.md\nD\tnews/old.md\n',
      '\0 2026-11-27T09:00:00+00:00\n\nA\tnews/b.md\n',
      '\0 2026-11-26T15:29:25+00:00\n\nA\tnews/a.md\nA\tnews/old.md\n',
    ].join('');
    const dates = parseGitDates(log, '/c');
    expect(dates.get('/c/news/a.md')).toEqual({
      added: new Date('2026-11-26T15:29:25Z'),
      changed: new Date('2026-11-28T09:00:00Z'),
    });
    expect(dates.get('/c/news/b.md')).toEqual({
      added: new Date('2026-11-27T09:00:00Z'),
      changed: new Date('2026-11-27T09:00:00Z'),
    });
  });

  it('takes the earliest change for a file whose add the history does not hold (a shallow clone)', () => {
    const log = '\0 2026-11-28T09:00:00+00:00\n\nM\tnews/a.md\n\0 2026-11-27T09:00:00+00:00\n\nM\tnews/a.md\n';
    expect(parseGitDates(log, '/c').get('/c/news/a.md')?.added).toEqual(new Date('2026-11-27T09:00:00Z'));
  });
});

describe('gitDates', () => {
  it('reads a real repository: the commit that added each file at its path, and its last change', () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'git-dates-'));
    mkdirSync(path.join(repo, 'content/news'), { recursive: true });
    writeFileSync(path.join(repo, 'content/news/a.md'), 'a');
    commitAll(repo, 'add a', '2026-01-02T03:04:05Z');
    writeFileSync(path.join(repo, 'content/news/a.md'), 'a, edited');
    writeFileSync(path.join(repo, 'content/news/b.md'), 'b');
    commitAll(repo, 'edit a, add b', '2026-02-03T00:00:00Z');
    renameSync(path.join(repo, 'content/news/b.md'), path.join(repo, 'content/news/c.md'));
    commitAll(repo, 'rename b to c', '2026-03-04T00:00:00Z');

    const dates = gitDates(path.join(repo, 'content'));
    expect(dates.get(path.join(repo, 'content/news/a.md'))).toEqual({
      added: new Date('2026-01-02T03:04:05Z'),
      changed: new Date('2026-02-03T00:00:00Z'),
    });
    expect(dates.get(path.join(repo, 'content/news/c.md'))?.added).toEqual(new Date('2026-03-04T00:00:00Z'));
    expect(gitDates(tmpdir()).size).toBe(0);
  });
});
