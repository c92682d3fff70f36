import { describe, expect, it } from 'vitest';
import { FEED_SIZE, feedItems } from '../../../src/feeds/feed-items.ts';

const appeared = () => new Date('2026-11-26T15:29:25Z');

describe('feedItems', () => {
  it('dates an item by its own date, else by the day it appeared on the site', () => {
    const items = feedItems(
      [
        { id: 'a', collection: 'news', data: { title: 'T', summary: 'S', date: new Date('2026-01-21') } },
        { id: 'b', collection: 'research', data: { title: 'U', summary: 'V' } },
      ],
      appeared,
    );
    // Newest first, by the date each item carries.
    expect(items).toMatchObject([
      { link: '/research/b/', pubDate: appeared() },
      { link: '/news/a/', pubDate: new Date('2026-01-21') },
    ]);
  });

  it('gives an entry with no date and no git history no pubDate, after the dated ones', () => {
    const items = feedItems(
      [
        { id: 'new', collection: 'research', data: { title: 'N', summary: 'S' } },
        { id: 'a', collection: 'news', data: { title: 'T', summary: 'S', date: new Date('2026-01-21') } },
      ],
      () => undefined,
    );
    expect(items.map((i) => i.link)).toEqual(['/news/a/', '/research/new/']);
    expect(items[1]).not.toHaveProperty('pubDate');
  });

  it('keeps feeds to the newest entries', () => {
    const many = Array.from({ length: 120 }, (_, i) => ({
      id: `n${i}`,
      collection: 'news',
      data: { title: 'T', summary: 'S', date: new Date(Date.UTC(2026, 0, 1 + i)) },
    }));
    expect(feedItems(many, appeared)).toHaveLength(FEED_SIZE);
    expect(feedItems(many, appeared)[0]!.link).toBe('/news/n119/');
  });
});
