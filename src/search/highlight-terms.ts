import { analyzeQuery } from './query.ts';

/**
 * What to mark in a result: the query as the reader typed it, each term whole (a quoted phrase stays
 * one term), and nothing else. Not the words a dictionary finds inside a term, nor the runs Pagefind
 * matched: 城镇 of 新型城镇化 would light up inside 小城镇, and 测试 of 测试甲镇 in every 测试数据.
 * A result where the parts only appear apart (the wider group) shows its excerpt unmarked.
 * @example highlightTerms('新型城镇化') // ['新型城镇化']
 * @example highlightTerms('“工业 旅游” GDP') // ['工业 旅游', 'GDP']
 */
export function highlightTerms(query: string): string[] {
  return analyzeQuery(query).terms;
}
