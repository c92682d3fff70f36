import { describe, expect, it } from 'vitest';
import { contentDir } from '../../../src/lib/content-dir.ts';

describe('contentDir', () => {
  it('reads CONTENT_DIR', () => {
    expect(contentDir({})).toMatch(/content$/);
    expect(contentDir({ CONTENT_DIR: '/tmp/x' })).toBe('/tmp/x');
  });
});
