/**
 * Pagefind's peak memory read from /proc, and the warning the build prints when it nears the build
 * machine's memory. The /proc readers run against real processes (a `sleep` child here; the real
 * Pagefind service in integration.test.ts).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import {
  buildMemory,
  childPids,
  memoryReport,
  parsePeakRss,
  parseStat,
  peakRss,
} from '../../../src/search/service-memory.ts';

const GB = 1024 ** 3;

describe('parseStat', () => {
  // Fields 5–21 of a real line, then the start time (field 22) and what follows it.
  const middle = '4242 4200 0 -1 4194304 1513 0 0 0 3 1 0 0 20 0 6 0';
  it('finds the parent pid and start time after the last parenthesis, whatever the command name holds', () => {
    expect(parseStat(`4242 (pagefind_extend) S 4200 ${middle} 81234 12345 678`)).toEqual({
      ppid: 4200,
      comm: 'pagefind_extend',
      start: 81234,
    });
    expect(parseStat(`77 (a (b) c) R 12 ${middle} 99 1 2`)).toEqual({ ppid: 12, comm: 'a (b) c', start: 99 });
  });

  it('returns null for a line it cannot read', () => {
    expect(parseStat('')).toBeNull();
    expect(parseStat('12 no parentheses')).toBeNull();
    expect(parseStat('12 (x) S notanumber')).toBeNull();
    expect(parseStat('12 (x) S 1 2 3')).toBeNull(); // cut short: no start time
  });
});

describe('parsePeakRss', () => {
  it('reads VmHWM in bytes', () => {
    expect(parsePeakRss('Name:\tpagefind\nVmPeak:\t 999 kB\nVmHWM:\t  204800 kB\nVmRSS:\t 1 kB\n')).toBe(204800 * 1024);
    expect(parsePeakRss('Name:\tkthreadd\n')).toBeNull();
  });
});

describe.runIf(process.platform === 'linux')('/proc, on a real child process', () => {
  it("finds this process's running children by name, the newest first, and reads their peak memory", async () => {
    const older = spawn('sleep', ['30'], { stdio: 'ignore' });
    await once(older, 'spawn');
    await new Promise((resolve) => setTimeout(resolve, 50)); // a later start time, in clock ticks of 10 ms
    const child = spawn('sleep', ['30'], { stdio: 'ignore' });
    await once(child, 'spawn');
    try {
      expect(childPids(process.pid, 'sleep')).toEqual([child.pid, older.pid]);
      expect(childPids(process.pid, 'no-such-command')).toEqual([]);
      expect(peakRss(child.pid!)).toBeGreaterThan(0);
    } finally {
      older.kill();
      child.kill();
      await Promise.all([once(older, 'exit'), once(child, 'exit')]);
    }
    expect(childPids(process.pid, 'sleep')).not.toContain(child.pid);
    expect(peakRss(child.pid!)).toBeNull();
  });

  it('tells nothing where there is no /proc', () => {
    expect(childPids(process.pid, 'sleep', '/no/such/proc')).toEqual([]);
    expect(peakRss(process.pid, '/no/such/proc')).toBeNull();
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
