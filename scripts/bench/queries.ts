/**
 * The fixed set of search queries the benchmark runs: what a query costs depends on how common
 * its words are, so one query is too narrow a measure. Words come from the corpus vocabulary
 * (vocab.ts); the town is the first generated story's, so it exists in every corpus.
 */
export interface BenchQuery {
  /** What the reader types. */
  q: string;
  /** Why this query is in the set. */
  kind: string;
  /** A section filter, set through the search page's URL (`?section=`). */
  section?: string;
}

/**
 * @example searchQueries('某某镇').length // 14
 */
export function searchQueries(town: string): BenchQuery[] {
  return [
    { q: '发展', kind: '常见双字词' },
    { q: '企业', kind: '常见双字词' },
    { q: '轴承', kind: '少见双字词' },
    { q: '陶瓷', kind: '少见双字词' },
    { q: '模具', kind: '少见双字词' },
    { q: '智能制造', kind: '四字复合词' },
    { q: '特色小镇', kind: '四字复合词' },
    { q: '产业集群', kind: '四字复合词' },
    { q: '乡村振兴', kind: '四字复合词' },
    { q: '营商环境 优化', kind: '多词' },
    { q: '龙头企业 融资', kind: '多词' },
    { q: '新型城镇化 政策', kind: '多词' },
    { q: town, kind: '镇名' },
    { q: '智能制造', kind: '带栏目筛选', section: 'stories' },
  ];
}
