import { describe, expect, it } from 'vitest';
import { readFromFolder } from '../../src/content.config.ts';

describe('readFromFolder', () => {
  it('keeps entries read from a file of this folder', () => {
    expect(readFromFolder('content/news/a.md', '/site', '/site/content/news')).toBe(true);
    expect(readFromFolder('/elsewhere/news/a.md', '/site', '/elsewhere/news')).toBe(true);
  });

  it('drops entries read from another folder or with no path', () => {
    expect(readFromFolder('.cache/tests/fixture-content/news/a.md', '/site', '/site/content/news')).toBe(false);
    expect(readFromFolder('content/news-old/a.md', '/site', '/site/content/news')).toBe(false);
    expect(readFromFolder('content/news', '/site', '/site/content/news')).toBe(false);
    expect(readFromFolder(undefined, '/site', '/site/content/news')).toBe(false);
  });
});
