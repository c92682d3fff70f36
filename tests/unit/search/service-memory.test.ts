/**
 * The warning the build prints when Pagefind's peak memory nears the build machine's. The peak
 * itself is read from the real Pagefind service in integration.test.ts (the /proc readers:
 * tests/unit/lib/proc.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { buildMemory, memoryReport, pagefindPeak } from '../../../src/search/service-memory.ts';

const GB = 1024 ** 3;

describe('pagefindPeak', () => {
  it('tells nothing where there is no /proc, or no Pagefind service running', () => {
    expect(pagefindPeak('/no/such/proc')).toBeNull();
    expect(pagefindPeak()).toBeNull(); // this test has started none; the real one: integration.test.ts
  });
});

describe('buildMemory', () => {
  it('is 8 GB unless BUILD_MEMORY_GB says otherwise', () => {
    expect(buildMemory({})).toBe(8 * GB);
    expect(buildMemory({ BUILD_MEMORY_GB: ' ' })).toBe(8 * GB);
    expect(buildMemory({ BUILD_MEMORY_GB: '16' })).toBe(16 * GB);
    expect(buildMemory({ BUILD_MEMORY_GB: '3.5' })).toBe(3.5 * GB);
  });

  it('names the variable and what it expects when the value is not a positive number', () => {
    for (const bad of ['abc', '0', '-2', '8GB']) {
      expect(() => buildMemory({ BUILD_MEMORY_GB: bad })).toThrow(
        new RegExp(`BUILD_MEMORY_GB 应为构建机的内存大小（GB，正数）.*“${bad}”`),
      );
    }
  });
});

describe('memoryReport', () => {
  it('prints the peak, and no warning up to 80 % of the build machine', () => {
    const report = memoryReport(6.4 * GB, 10_000, 8 * GB);
    expect(report.line).toBe('peak memory 6.40 GB (10000 pages; build machine 8.00 GB, BUILD_MEMORY_GB)');
    expect(report.warning).toBeNull();
  });

  it('warns past 80 %, with the pages that still fit if the next run peaks 10 % higher', () => {
    // 6.6 GB for 11,000 pages: 0.61 MB a page; 8 GB ÷ 1.1 = 7.27 GB, 0.67 GB above 6.6: 1,121 pages.
    expect(memoryReport(6.6 * GB, 11_000, 8 * GB).warning).toBe(
      '搜索索引用了 6.60 GB 内存，超过构建机内存 8.00 GB（BUILD_MEMORY_GB）的 80%。' +
        '按每个页面平均 0.6 MB、同一构建的峰值每次运行相差可达 10%估算，再增加约 1121 个页面就可能超出 8.00 GB，' +
        '构建将因内存不足而中止；届时需要把索引拆成几份（scripts/README.md “Memory”）。',
    );
    // The 10,000-entry benchmark corpus: 7.17 GB for 12,033 pages.
    expect(memoryReport(7.17 * GB, 12_033, 8 * GB).warning).toContain('再增加约 172 个页面就可能超出 8.00 GB');
  });

  it('says the next run may not fit once 10 % more would pass the limit', () => {
    expect(memoryReport(7.5 * GB, 12_500, 8 * GB).warning).toBe(
      '搜索索引用了 7.50 GB 内存，已接近构建机内存 8.00 GB（BUILD_MEMORY_GB）：同一构建的峰值每次运行相差可达 10%，' +
        '下一次构建就可能超出 8.00 GB 而因内存不足中止。需要把索引拆成几份（scripts/README.md “Memory”）。',
    );
  });

  it('says when the index already took more than the build machine has', () => {
    expect(memoryReport(9 * GB, 14_000, 8 * GB).warning).toBe(
      '搜索索引用了 9.00 GB 内存，已超出构建机内存 8.00 GB（BUILD_MEMORY_GB）：在只有 8.00 GB 内存的构建机上，' +
        '构建会因内存不足而中止。需要把索引拆成几份（scripts/README.md “Memory”）。',
    );
  });
});
