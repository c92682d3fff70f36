import { describe, expect, it } from 'vitest';
import { bigramChain, querySegments } from '../../../src/search/bigrams.ts';
import { hookSegmenter } from '../../../src/search/segmenter-hook.ts';

describe('bigramChain', () => {
  it('looks up a single character that another follows as the pair of them', () => {
    expect(bigramChain(['特色', '小', '镇'])).toEqual(['特色', '小镇']);
    expect(bigramChain(['高', '永', '镇'])).toEqual(['高永', '永镇']);
    expect(bigramChain(['测试', '甲', '镇'])).toEqual(['测试', '甲镇']);
  });

  it('keeps one term per segment, in order, so an exact phrase still lines up', () => {
    expect(bigramChain(['营', '商', '环境'])).toEqual(['营商', '商环', '环境']);
    expect(bigramChain(['小', '镇', '建设'])).toEqual(['小镇', '镇建', '建设']);
  });

  it('keeps a single character nothing Chinese follows, unless the pair before holds it', () => {
    expect(bigramChain(['新型', '城镇', '化'])).toEqual(['新型', '城镇', '化']);
    expect(bigramChain(['镇'])).toEqual(['镇']);
    expect(bigramChain(['镇', ' ', '政策'])).toEqual(['镇', ' ', '政策']);
    expect(bigramChain(['镇', 'GDP'])).toEqual(['镇', 'GDP']);
  });

  it('in an exact phrase, keeps a covered single character that words follow, so they line up', () => {
    expect(bigramChain(['夹', '具', '第', ' ', '36', ' ', '篇'], true)).toEqual([
      '夹具',
      '具第',
      '第',
      ' ',
      '36',
      ' ',
      '篇',
    ]);
    expect(bigramChain(['夹', '具', '第', ' ', '36', ' ', '篇'])).toEqual(['夹具', '具第', ' ', '36', ' ', '篇']);
    expect(bigramChain(['"', '特色', '小', '镇', '"'], true)).toEqual(['"', '特色', '小镇', '"']);
  });

  it('leaves words, Latin text, numbers and spaces alone', () => {
    expect(bigramChain(['智能', '制造', ' ', 'GDP', ' ', '500'])).toEqual(['智能', '制造', ' ', 'GDP', ' ', '500']);
  });
});

describe('querySegments', () => {
  it('treats a quoted query as an exact phrase, as Pagefind does', () => {
    expect(querySegments('"小镇 GDP"')).toContain('镇');
    expect(querySegments('小镇 GDP')).not.toContain('镇');
  });

  it("has no single Chinese character left where the browser's dictionary split a word", () => {
    const singles = (text: string) => querySegments(text).filter((s) => /^\p{Script=Han}$/u.test(s));
    for (const text of ['特色小镇', '高永镇', '回执', '营商环境 优化', '测试甲镇']) expect(singles(text)).toEqual([]);
    expect(querySegments('特色小镇').join('')).toContain('小镇');
  });
});

describe('hookSegmenter', () => {
  const line = 'new Intl.Segmenter(trueLanguage,{granularity:"word"})';

  it("lets the page supply Pagefind's word segmenter, falling back to the browser's", () => {
    expect(hookSegmenter(`const s=${line};`)).toBe(
      `const s=(globalThis.pagefindWordSegmenter?.(trueLanguage)??${line});`,
    );
  });

  it('stops, naming the file and the line, when a Pagefind upgrade changed it', () => {
    expect(() => hookSegmenter('const s=new Intl.Segmenter(lang);', 'dist/pagefind/pagefind.js')).toThrow(
      /dist\/pagefind\/pagefind\.js: expected Pagefind's word segmenter `new Intl\.Segmenter\(trueLanguage,\{granularity:"word"\}\)` exactly once, found it 0 times/,
    );
    expect(() => hookSegmenter(`${line};${line}`)).toThrow(/found it 2 times/);
  });
});
