import { describe, expect, it } from 'vitest';
import { listGuard, withListed } from '../../../admin/media-list.ts';

describe("an entry's files when the media library's list is read again", () => {
  const folder = 'public/uploads';
  it("takes the media folder's files from the new list: published since are added, deleted ones go", () => {
    const own = [{ path: 'public/uploads/old.png' }, { path: 'public/uploads/kept.png' }];
    const listed = [{ path: 'public/uploads/kept.png' }, { path: 'public/uploads/new.png' }];
    expect(withListed(own, listed, folder)).toEqual(listed);
  });
  it("keeps, first, the entry's uploads not yet published and files of other folders, each path once", () => {
    const draft = { path: 'public/uploads/mine.png', draft: true };
    const data = { path: 'content/rankings/2026-ceshi.csv' };
    const nested = { path: 'public/uploads/sub/a.png' };
    const listed = [{ path: 'public/uploads/mine.png' }, { path: 'public/uploads/new.png' }];
    expect(withListed([data, draft, nested], listed, folder)).toEqual([
      data,
      draft,
      nested,
      { path: 'public/uploads/new.png' },
    ]);
  });
});

describe('a library list that arrives', () => {
  const types = { request: 'LOAD', success: 'LOADED', changed: ['UPLOADED', 'DELETED'] };
  it('is stale when an upload or a delete finished after it was asked for', () => {
    for (const change of types.changed) {
      const seen = listGuard(types);
      seen('LOAD');
      seen(change);
      expect(seen('LOADED'), change).toBe('stale');
      // The list asked for again is current.
      seen('LOAD');
      expect(seen('LOADED')).toBe('current');
    }
  });
  it('is current when nothing changed meanwhile, or the change came before it was asked for', () => {
    const seen = listGuard(types);
    seen('LOAD');
    seen('UPLOAD_FAILED');
    expect(seen('LOADED')).toBe('current');
    seen('UPLOADED');
    seen('LOAD');
    expect(seen('LOADED')).toBe('current');
  });
});
