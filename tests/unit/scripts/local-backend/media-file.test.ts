import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileOnBranch } from '../../../../scripts/lib/local-backend/media-file.ts';

describe('a media file on a branch', () => {
  it('is found when the branch has it, and not otherwise', async () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'media-file-'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo });
    git('init', '--quiet', '-b', 'main');
    mkdirSync(path.join(repo, 'public/uploads'), { recursive: true });
    writeFileSync(path.join(repo, 'public/uploads/a.png'), 'png');
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@localhost', 'commit', '--quiet', '-m', 'a');
    expect(await fileOnBranch(repo, 'main', 'public/uploads/a.png')).toBe(true);
    expect(await fileOnBranch(repo, 'main', '/public/uploads/a.png')).toBe(true);
    expect(await fileOnBranch(repo, 'main', 'public/uploads/b.png')).toBe(false);
    expect(await fileOnBranch(repo, 'cms/news/x', 'public/uploads/a.png')).toBe(false);
  });
});
