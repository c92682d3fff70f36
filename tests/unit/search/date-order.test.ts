import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dateOrder, readFragment } from '../../../src/search/date-order.ts';

const fragment = (json: unknown, signature = 'pagefind_dcd') => gzipSync(signature + JSON.stringify(json));

describe('dateOrder', () => {
  it('lists dated pages newest first, same-day pages by URL, and leaves undated pages out', () => {
    const order = dateOrder([
      { id: 'a', url: '/b/', date: '2025-01-01' },
      { id: 'b', url: '/x/', date: undefined },
      { id: 'c', url: '/a/', date: '2025-01-01' },
      { id: 'd', url: '/d/', date: '2026-04-03' },
    ]);
    expect(order).toEqual(['d', 'c', 'a']);
  });
});

describe('readFragment', () => {
  it('reads the id from the file name and the url and date from the fragment', () => {
    const bytes = fragment({ url: '/news/a/', meta: { title: '标题', date: '2026-01-21' } });
    expect(readFragment('zh-cn_1a2b3c4.pf_fragment', bytes)).toEqual({
      id: 'zh-cn_1a2b3c4',
      url: '/news/a/',
      date: '2026-01-21',
    });
    expect(readFragment('zh-cn_5.pf_fragment', fragment({ url: '/about/', meta: {} })).date).toBeUndefined();
  });

  it('refuses, naming the file, what Pagefind 1.x would not have written', () => {
    expect(() => readFragment('f.pf_fragment', fragment({ url: '/a/' }, 'other'))).toThrow(
      /f\.pf_fragment: not a Pagefind fragment/,
    );
    expect(() => readFragment('f.pf_fragment', fragment({ meta: {} }))).toThrow(/f\.pf_fragment: .*without a url/);
    expect(() => readFragment('f.pf_fragment', fragment({ url: '/a/', meta: { date: '2026年1月' } }))).toThrow(
      /f\.pf_fragment: date meta should be YYYY-MM-DD/,
    );
  });
});
