import { describe, expect, it } from 'vitest';
import { feedChannel } from '../../../src/feeds/channel.ts';

describe('feedChannel', () => {
  it('links a section feed to its section and names itself', () => {
    const channel = feedChannel(new URL('https://gyxz.example.cn/'), '/news/', '/news/rss.xml');
    expect(channel.site).toBe('https://gyxz.example.cn/news/');
    expect(channel.xmlns).toEqual({ atom: 'http://www.w3.org/2005/Atom' });
    expect(channel.customData).toContain(
      '<atom:link href="https://gyxz.example.cn/news/rss.xml" rel="self" type="application/rss+xml"/>',
    );
  });
});
