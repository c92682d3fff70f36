import { describe, expect, it } from 'vitest';
import { FEED_SIZE, feedItems } from '../../../src/lib/feed-items.ts';

describe('feedItems', () => {
  it('gives RSS items without inventing dates', () => {
    const [dated, undated] = feedItems([
      { id: 'a', collection: 'news', data: { title: 'T', summary: 'S', date: new Date('2026-01-21') } },
      { id: 'b', collection: 'research', data: { title: 'U', summary: 'V' } },
    ]);
    expect(dated).toMatchObject({ link: '/news/a/', pubDate: new Date('2026-01-21') });
    expect(undated).not.toHaveProperty('pubDate');
  });

  it('keeps feeds to the newest entries', () => {
    const many = Array.from({ length: 120 }, (_, i) => ({
      id: `n${i}`,
      collection: 'news',
      data: { title: 'T', summary: 'S' },
    }));
    expect(feedItems(many)).toHaveLength(FEED_SIZE);
    expect(feedItems(many)[0]!.link).toBe('/news/n0/');
  });
});
