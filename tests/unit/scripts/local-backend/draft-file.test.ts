import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftFile, mediaFileAnswer } from '../../../../scripts/lib/local-backend/draft-file.ts';
import { draftRepo } from './draft-repo.ts';

describe("a draft's files, read without a checkout", () => {
  const { repo, git, write } = draftRepo();
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0x00]);
  write('content/stories/old.md', '旧的');
  git('add', '.');
  git('commit', '--quiet', '-m', 'start');
  // A draft, saved as decap-server saves one, then the working tree back on the publishing branch.
  git('checkout', '--quiet', '-b', 'cms/stories/2026-05-12-x');
  write('content/stories/2026-05-12-x.md', '---\ntitle: 测试\n---\n\n测试正文。\n');
  write('public/uploads/a.png', png);
  git('add', '.');
  git('commit', '--quiet', '-m', 'draft');
  git('checkout', '--quiet', 'main');

  it('are the bytes the branch has, the working tree left alone', async () => {
    const text = await draftFile(repo, 'stories', '2026-05-12-x', 'content/stories/2026-05-12-x.md');
    expect(text?.toString('utf8')).toBe('---\ntitle: 测试\n---\n\n测试正文。\n');
    expect(await draftFile(repo, 'stories', '2026-05-12-x', '/public/uploads/a.png')).toEqual(png);
    expect(git('rev-parse', '--abbrev-ref', 'HEAD').trim()).toBe('main');
    expect(readFileSync(path.join(repo, 'content/stories/old.md'), 'utf8')).toBe('旧的');
  });

  it('are undefined for a file or a draft that does not exist', async () => {
    expect(await draftFile(repo, 'stories', '2026-05-12-x', 'public/uploads/none.png')).toBeUndefined();
    expect(await draftFile(repo, 'stories', 'none', 'content/stories/old.md')).toBeUndefined();
  });

  it('answer a media file as decap-server does', () => {
    expect(mediaFileAnswer('public/uploads/a.png', png)).toEqual({
      id: createHash('sha256').update(png).digest('hex'),
      content: png.toString('base64'),
      encoding: 'base64',
      path: 'public/uploads/a.png',
      name: 'a.png',
    });
  });
});
