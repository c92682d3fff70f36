import { describe, expect, it } from 'vitest';
import { excerptParts } from '../../../src/search/excerpt.ts';

describe('excerptParts', () => {
  it('joins adjacent marks into one highlight', () => {
    expect(excerptParts('会议<mark>回</mark><mark>执</mark>表')).toEqual([
      { text: '会议', mark: false },
      { text: '回执', mark: true },
      { text: '表', mark: false },
    ]);
  });

  it('decodes the entities Pagefind escapes, so markup in content stays text', () => {
    expect(excerptParts('&lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>小镇</mark>&#39;s')).toEqual([
      { text: '<script>alert(1)</script> & ', mark: false },
      { text: '小镇', mark: true },
      { text: "'s", mark: false },
    ]);
  });

  it('drops any other tag and keeps unknown entities as written', () => {
    expect(excerptParts('<b>粗</b>&unknown; &#x5C0F;')).toEqual([{ text: '粗&unknown; 小', mark: false }]);
  });

  it('returns nothing for an empty excerpt', () => {
    expect(excerptParts('')).toEqual([]);
  });
});
