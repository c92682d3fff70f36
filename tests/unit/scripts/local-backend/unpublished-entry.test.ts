import { describe, expect, it } from 'vitest';
import { parseDraftDiff, unpublishedEntry } from '../../../../scripts/lib/local-backend/unpublished-entry.ts';
import { draftRepo } from './draft-repo.ts';

describe("a draft's changes", () => {
  it('reads git’s name-status and numstat output', () => {
    const diffs = parseDraftDiff(
      'A\0content/news/a.md\0M\0content/news/b.md\0D\0public/uploads/c.png\0A\0public/uploads/d.svg\0',
      '3\t0\tcontent/news/a.md\0' +
        '1\t1\tcontent/news/b.md\0' +
        '-\t-\tpublic/uploads/c.png\0' +
        '2\t0\tpublic/uploads/d.svg\0',
    );
    expect(diffs).toEqual([
      {
        oldPath: '',
        newPath: 'content/news/a.md',
        status: 'added',
        newFile: true,
        path: 'content/news/a.md',
        id: 'content/news/a.md',
        binary: false,
      },
      {
        oldPath: 'content/news/b.md',
        newPath: 'content/news/b.md',
        status: 'modified',
        newFile: false,
        path: 'content/news/b.md',
        id: 'content/news/b.md',
        binary: false,
      },
      {
        oldPath: 'public/uploads/c.png',
        newPath: '',
        status: 'deleted',
        newFile: false,
        path: 'public/uploads/c.png',
        id: 'public/uploads/c.png',
        binary: true,
      },
      {
        oldPath: '',
        newPath: 'public/uploads/d.svg',
        status: 'added',
        newFile: true,
        path: 'public/uploads/d.svg',
        id: 'public/uploads/d.svg',
        binary: true,
      },
    ]);
    expect(parseDraftDiff('', '')).toEqual([]);
  });

  it('are measured from where the draft left the publishing branch, not from its tip', async () => {
    const { repo, git, write } = draftRepo();
    write('content/news/old.md', 'old');
    git('add', '.');
    git('commit', '--quiet', '-m', 'start');
    // A draft, saved as decap-server saves one: its own branch, its status in the description.
    git('checkout', '--quiet', '-b', 'cms/news/draft');
    write('content/news/draft.md', 'draft');
    git('add', '.');
    git('commit', '--quiet', '-m', 'draft');
    git('config', 'branch.cms/news/draft.description', 'decap-cms/pending_review');
    // Two other entries published meanwhile, one with an upload.
    git('checkout', '--quiet', 'main');
    write('content/news/one.md', 'one');
    write('public/uploads/one.png', '\u0000png');
    git('add', '.');
    git('commit', '--quiet', '-m', 'one');
    write('content/news/two.md', 'two');
    git('add', '.');
    git('commit', '--quiet', '-m', 'two');

    const entry = await unpublishedEntry(repo, 'main', 'news', 'draft');
    expect(entry?.diffs.map((d) => [d.status, d.path])).toEqual([['added', 'content/news/draft.md']]);
    expect(entry?.status).toBe('pending_review');
    expect(entry?.slug).toBe('draft');
    // What decap-server reads: the publishing branch's tip, where the others look deleted.
    expect(git('diff', '--name-only', 'main', 'cms/news/draft').trim().split('\n')).toContain('public/uploads/one.png');
    expect(await unpublishedEntry(repo, 'main', 'news', 'none')).toBeUndefined();
  });
});
