import { filter as original } from 'fuzzy';
import { describe, expect, it } from 'vitest';
import { filter } from '../../../admin/fuzzy-cjk.ts';

/** What Decap does with the results: keep those scoring above 5, best first. */
const found = (search: typeof filter, term: string, titles: string[]) =>
  search(term, titles)
    .filter((r) => r.score > 5)
    .sort((a, b) => b.score - a.score)
    .map((r) => r.original);

const TITLES = ['第二届新型城镇化与工业小镇高质量发展论坛', '关于开展2025年度全国小城镇综合实力评价的通知', '评论与坛'];

describe("the CMS's search finds two-character Chinese words", () => {
  it('the fuzzy package alone does not (why this module exists)', () => {
    expect(found(original, '论坛', TITLES)).toEqual([]);
  });

  it('finds entries containing the word, not those with its characters apart', () => {
    expect(found(filter, '论坛', TITLES)).toEqual([TITLES[0]]);
    expect(found(filter, '评价', TITLES)).toEqual([TITLES[1]]);
    expect(found(filter, '通知', TITLES)).toEqual([TITLES[1]]);
  });

  it('uses the extracted text and ignores case', () => {
    const entries = [{ title: 'CMS 使用说明' }, { title: '无关' }];
    const hits = filter('cms', entries, { extract: (e) => e.title }).filter((r) => r.score > 5);
    expect(hits.map((r) => r.original)).toEqual([entries[0]]);
  });
});
