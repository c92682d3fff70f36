import { describe, expect, it } from 'vitest';
import { paginate } from '../../../src/lib/paginate.ts';

describe('paginate', () => {
  it('makes /section/ then /section/page/N/', () => {
    const pages = paginate(
      Array.from({ length: 45 }, (_, i) => i),
      20,
      '/news/',
    );
    expect(pages.map((p) => p.url)).toEqual(['/news/', '/news/page/2/', '/news/page/3/']);
    expect(pages[2]!.items).toHaveLength(5);
    expect(pages[0]!.prev).toBeUndefined();
    expect(pages[1]!.prev).toBe('/news/');
    expect(pages[1]!.next).toBe('/news/page/3/');
  });

  it('gives an empty section one empty page', () => {
    expect(paginate([], 20, '/policies/')).toEqual([
      { items: [], current: 1, total: 1, url: '/policies/', prev: undefined, next: undefined },
    ]);
  });
});
