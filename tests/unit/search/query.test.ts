import { describe, expect, it } from 'vitest';
import { analyzeQuery } from '../../../src/search/query.ts';

describe('analyzeQuery', () => {
  it('looks a Chinese compound up again as an exact phrase', () => {
    expect(analyzeQuery('特色小镇')).toEqual({
      text: '特色小镇',
      plain: '特色小镇',
      terms: ['特色小镇'],
      phrases: ['特色小镇'],
    });
  });

  it('treats two-character words as phrases too (Pagefind splits them into characters)', () => {
    expect(analyzeQuery('回执').phrases).toEqual(['回执']);
  });

  it('keeps each word of a several-word query as its own phrase', () => {
    expect(analyzeQuery(' 光伏\u3000产业园  招商 ')).toEqual({
      text: '光伏 产业园 招商',
      plain: '光伏 产业园 招商',
      terms: ['光伏', '产业园', '招商'],
      phrases: ['光伏', '产业园', '招商'],
    });
  });

  it('leaves single characters and Latin words to the plain search', () => {
    expect(analyzeQuery('镇 GDP 500').phrases).toEqual([]);
    expect(analyzeQuery('500强').phrases).toEqual(['500强']);
  });

  it('reads straight, curly and corner quotes as one phrase', () => {
    expect(analyzeQuery('"工业 旅游"').phrases).toEqual(['工业 旅游']);
    expect(analyzeQuery('"工业 旅游" GDP').terms).toEqual(['工业 旅游', 'GDP']);
    expect(analyzeQuery('“污水集中处理率” 指标')).toEqual({
      text: '“污水集中处理率” 指标',
      plain: '污水集中处理率 指标',
      terms: ['污水集中处理率', '指标'],
      phrases: ['污水集中处理率', '指标'],
    });
    expect(analyzeQuery('「回执」').plain).toBe('回执');
  });

  it('copes with an unclosed quote, repeats and an empty query', () => {
    expect(analyzeQuery('"招商引资').phrases).toEqual(['招商引资']);
    expect(analyzeQuery('小镇 小镇').phrases).toEqual(['小镇']);
    expect(analyzeQuery('  ')).toEqual({ text: '', plain: '', terms: [], phrases: [] });
    expect(analyzeQuery('""').plain).toBe('');
  });
});
