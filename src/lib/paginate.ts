/** One page of a paginated list. */
export interface Page<T> {
  items: T[];
  /** 1-based page number. */
  current: number;
  total: number;
  url: string;
  prev: string | undefined;
  next: string | undefined;
}

/**
 * Split a list into pages: `/news/`, `/news/page/2/`, …
 * An empty list still has one (empty) page, so every section has an index.
 * @example paginate([1, 2, 3], 2, '/news/').map((p) => p.url) // ['/news/', '/news/page/2/']
 */
export function paginate<T>(items: readonly T[], size: number, base: string): Page<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  const url = (n: number) => (n === 1 ? base : `${base}page/${n}/`);
  return Array.from({ length: total }, (_, i) => {
    const n = i + 1;
    return {
      items: items.slice(i * size, n * size),
      current: n,
      total,
      url: url(n),
      prev: n > 1 ? url(n - 1) : undefined,
      next: n < total ? url(n + 1) : undefined,
    };
  });
}
