import { describe, expect, it } from 'vitest';
import { entryId } from '../../../src/lib/entry-id.ts';

describe('entryId', () => {
  it('accepts ASCII slugs and rejects Chinese file names, naming the file', () => {
    expect(entryId('2026-01-21-pingjia-tongzhi.md', 'news')).toBe('2026-01-21-pingjia-tongzhi');
    expect(() => entryId('评价通知.md', 'news')).toThrow('content/news/评价通知.md');
    expect(() => entryId('Upper Case.md', 'news')).toThrow(/文件名/);
  });
});
