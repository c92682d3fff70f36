import { describe, expect, it } from 'vitest';
import { entryRoute } from '../../../admin/entry-switch.ts';

describe('entryRoute: which saved entry an admin address opens', () => {
  it('names the collection and the entry, without the query', () => {
    expect(entryRoute('http://localhost/admin/#/collections/forum/entries/2026')).toBe('forum/2026');
    expect(entryRoute('http://localhost/admin/#/collections/news/entries/2026-01-21-a?ref=workflow')).toBe(
      'news/2026-01-21-a',
    );
  });
  it('is undefined for a new entry, a list, the workflow board and the media library', () => {
    for (const hash of ['#/collections/forum/new', '#/collections/forum', '#/workflow', '#/media', '']) {
      expect(entryRoute(`http://localhost/admin/${hash}`), hash).toBeUndefined();
    }
  });
});
