import { describe, expect, it } from 'vitest';
import { entryUrl } from '../../../src/lib/entry-url.ts';

describe('entryUrl', () => {
  it('builds entry URLs; standalone pages live at the root', () => {
    expect(entryUrl('news', 'a')).toBe('/news/a/');
    expect(entryUrl('pages', 'about')).toBe('/about/');
  });
});
