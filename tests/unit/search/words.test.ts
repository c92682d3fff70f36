import { describe, expect, it } from 'vitest';
import { highlightTerms } from '../../../src/search/highlight-terms.ts';
import { markTerms } from '../../../src/search/mark-terms.ts';
import { excerptAround } from '../../../src/search/snippet.ts';
import { termsPattern } from '../../../src/search/terms-pattern.ts';
import { queryWords } from '../../../src/search/words.ts';

describe('queryWords', () => {
  it('finds the words of a made-up query and leaves single characters out', () => {
    const words = queryWords('阿斯顿发给qwerty');
    expect(words).toContain('qwerty');
    expect(words.every((w) => [...w].length >= 2)).toBe(true);
    expect(words).not.toContain('发');
  });

  it('keeps Latin words and numbers, lower-cased', () => {
    expect(queryWords('GDP 500')).toEqual(['gdp', '500']);
  });

  it('asks nothing of a single character typed alone', () => {
    expect(queryWords('镇')).toEqual([]);
  });
});

describe('highlightTerms', () => {
  it('marks the query as typed, never the words a dictionary finds inside it', () => {
    // ICU reads 新型城镇化 as 新型|城镇|化 and 小城镇 as 小|城镇: marking 城镇 would light up 小城镇.
    expect(highlightTerms('新型城镇化')).toEqual(['新型城镇化']);
    expect(highlightTerms('测试甲镇')).toEqual(['测试甲镇']);
    expect(markTerms('推进新型城镇化与小城镇建设', highlightTerms('新型城镇化')).filter((p) => p.mark)).toEqual([
      { text: '新型城镇化', mark: true },
    ]);
  });

  it('keeps a quoted phrase whole and marks each word typed apart', () => {
    expect(highlightTerms('“工业 旅游” GDP 镇')).toEqual(['工业 旅游', 'GDP', '镇']);
  });
});

describe('markTerms and termsPattern', () => {
  it('marks whole terms, the longest first, ignoring case', () => {
    expect(markTerms('特色小镇的镇区有特色 GDP', ['特色', '特色小镇', 'gdp'])).toEqual([
      { text: '特色小镇', mark: true },
      { text: '的镇区有', mark: false },
      { text: '特色', mark: true },
      { text: ' ', mark: false },
      { text: 'GDP', mark: true },
    ]);
  });

  it('treats terms as literal text', () => {
    expect('a(b)c'.match(termsPattern(['(b)'], 'u'))?.[0]).toBe('(b)');
    expect(markTerms('无', [])).toEqual([{ text: '无', mark: false }]);
  });
});

describe('excerptAround', () => {
  const text =
    '中国工业报社定于 2026 年 4 月 3 日在北京举办论坛。本届论坛以“镇域新质力：绿色与智能驱动的产业跃迁”为主题，将重点围绕“十五五”产业政策导向与镇域发展机遇展开深度交流，深入探讨智能制造、绿色低碳等新质生产力在镇域的落地路径，系统分享产业孵化、招商引资、要素保障等方面的创新实践。';

  it('starts at the page start when the term is near it', () => {
    expect(excerptAround(text, ['北京'])).toMatch(/^中国工业报社/);
  });

  it('starts at a clause boundary before a term far into a long sentence, never mid-word', () => {
    const excerpt = excerptAround(text, ['智能制造']);
    expect(excerpt).toMatch(/^…深入探讨智能制造/);
    expect(excerpt).toMatch(/[。…]$/);
  });

  it('starts at the sentence when it begins close before the term', () => {
    expect(excerptAround('前文很长很长很长很长很长。本镇发展特色小镇产业，成效明显。', ['特色小镇'], 16)).toMatch(
      /^…本镇发展特色小镇/,
    );
  });

  it('gives the start of the text when no term occurs', () => {
    expect(excerptAround('短文。', ['无关'])).toBe('短文。');
  });

  it('takes one block of the page, never two joined with Pagefind’s ". "', () => {
    const page = '测试甲镇. 浙江省测试县测试甲镇. 浙江省的其他镇. 同县（市、区）的其他镇';
    expect(excerptAround(page, ['测试甲镇'])).toBe('浙江省测试县测试甲镇');
    const forum = '参会回执表. 论坛日期 2026年4月3日 已过，报名已截止。本页不再提供在线填写。';
    expect(excerptAround(forum, ['报名'])).toBe('论坛日期 2026年4月3日 已过，报名已截止。本页不再提供在线填写。');
    expect(excerptAround('测试​甲​镇​的​故事. 正文', ['测试甲镇'])).toBe('测试甲镇的故事');
  });
});
