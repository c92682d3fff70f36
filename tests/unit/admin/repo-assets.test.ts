import { describe, expect, it } from 'vitest';
import { repoPathOf } from '../../../admin/repo-assets.ts';

describe('uploads are looked up by their repository path, not their site path', () => {
  it('maps /uploads/… to public/uploads/… and leaves anything else alone', () => {
    expect(repoPathOf('/uploads/20261127-3f9a1c.png')).toBe('public/uploads/20261127-3f9a1c.png');
    expect(repoPathOf('/uploadsx/a.png')).toBe('/uploadsx/a.png');
    expect(repoPathOf('https://example.com/a.png')).toBe('https://example.com/a.png');
  });
});
