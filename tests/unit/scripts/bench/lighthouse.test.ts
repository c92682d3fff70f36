import { describe, expect, it } from 'vitest';
import { formatLighthouse, type LighthouseRow } from '../../../../scripts/bench/lighthouse.ts';

const row = (
  path: string,
  performanceRuns: (number | null)[],
  performance: number,
  benchmarkIndexes = performanceRuns.map(() => 1500),
): LighthouseRow => ({
  path,
  scores: { performance, accessibility: 1, 'best-practices': 1, seo: path === '/search/' ? 0.63 : 1 },
  failed: path === '/search/' ? ['seo: is-crawlable'] : [],
  metrics: { FCP: 1234, LCP: 1500, TBT: 42.4, CLS: 0.004, SI: 1300 },
  performanceRuns,
  benchmarkIndexes,
});

describe('formatLighthouse', () => {
  it("shows the median run's scores, and the range of performance scores when the runs differ", () => {
    const table = formatLighthouse([row('/', [0.99, 1, 0.97], 0.99), row('/search/', [1, 1, 1], 1)]);
    expect(table).toContain('| page | performance (range of 3 runs) | accessibility |');
    expect(table).toContain('| `/` | 99 (97–100) | 100 | 100 | 100 | 1.2 s | 1.5 s | 42 ms | 0.00 | 1.3 s | — |');
    expect(table).toContain(
      '| `/search/` | 100 | 100 | 100 | 63 | 1.2 s | 1.5 s | 42 ms | 0.00 | 1.3 s | seo: is-crawlable |',
    );
  });

  it('names no range for a single run', () => {
    const table = formatLighthouse([row('/', [0.98], 0.98)]);
    expect(table).toContain('| page | performance | accessibility |');
    expect(table).toContain('| `/` | 98 | 100 |');
  });

  it("ends with the range of the machine's benchmark index, and counts the runs Lighthouse would warn about", () => {
    expect(formatLighthouse([row('/', [1, 1], 1, [3415, 3750]), row('/news/', [1], 1, [3500])])).toMatch(
      /\n\nLighthouse's benchmark index of this machine: 3415–3750 over 3 runs \(Lighthouse warns at or below 1000\)\.$/,
    );
    expect(formatLighthouse([row('/', [0.9, 1, 1], 0.9, [880, 1000, 1200])])).toContain(
      'benchmark index of this machine: 880–1200 over 3 runs (2 at or below 1000, where Lighthouse warns that a slow machine lowers the performance score).',
    );
  });
});
