import { describe, expect, it } from 'vitest';
import { byDate, phraseFirst } from '../../../src/search/merge.ts';

const r = (...ids: string[]) => ids.map((id) => ({ id }));
const ids = (list: { id: string }[]) => list.map((x) => x.id);

describe('phraseFirst', () => {
  it('lists pages holding the exact phrase first, in the plain order, then the wider matches', () => {
    // Pagefind ranks the split match "b" above the exact "c" and "d".
    const tiers = phraseFirst(r('b', 'c', 'a', 'd'), [r('d', 'c')]);
    expect(ids(tiers.exact)).toEqual(['c', 'd']);
    expect(ids(tiers.wider)).toEqual(['b', 'a']);
  });

  it('needs every phrase of a several-word query', () => {
    const tiers = phraseFirst(r('a', 'b', 'c'), [r('a', 'b', 'c'), r('c', 'a')]);
    expect(ids(tiers.exact)).toEqual(['a', 'c']);
    expect(ids(tiers.wider)).toEqual(['b']);
  });

  it('keeps pages only the phrase search found, after the others', () => {
    const tiers = phraseFirst(r('a'), [r('x', 'a')]);
    expect(ids(tiers.exact)).toEqual(['a', 'x']);
    expect(tiers.wider).toEqual([]);
  });

  it('takes exact pages from the phrase run, whose excerpt shows the whole phrase', () => {
    const plain = [{ id: 'a', excerpt: '<mark>第二</mark>届' }];
    const phrase = [{ id: 'a', excerpt: '<mark>国务院第二招待宾馆</mark>' }];
    expect(phraseFirst(plain, [phrase]).exact).toEqual(phrase);
  });

  it('keeps the plain order when there is no phrase or no exact match', () => {
    expect(phraseFirst(r('a', 'b'), [])).toEqual({ exact: [], wider: r('a', 'b') });
    expect(phraseFirst(r('a', 'b'), [r()])).toEqual({ exact: [], wider: r('a', 'b') });
  });
});

describe('byDate', () => {
  it('puts dated pages newest first and undated ones after, in their order', () => {
    expect(ids(byDate(r('a', 'b', 'c', 'd'), ['c', 'a']))).toEqual(['c', 'a', 'b', 'd']);
  });

  it('ignores dated ids that are not among the results', () => {
    expect(ids(byDate(r('a', 'b'), ['z', 'b']))).toEqual(['b', 'a']);
  });
});
