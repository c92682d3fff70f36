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
  it('finds the parent pid after the last parenthesis, whatever the command name holds', () => {
    expect(parseStat('4242 (pagefind_extend) S 4200 4242 4200 0 -1')).toEqual({ ppid: 4200, comm: 'pagefind_extend' });
    expect(parseStat('77 (a (b) c) R 12 77 77 0 -1')).toEqual({ ppid: 12, comm: 'a (b) c' });
  });

  it('returns null for a line it cannot read', () => {
    expect(parseStat('')).toBeNull();
    expect(parseStat('12 no parentheses')).toBeNull();
    expect(parseStat('12 (x) S notanumber')).toBeNull();
  });
});

describe('parsePeakRss', () => {
  it('reads VmHWM in bytes', () => {
    expect(parsePeakRss('Name:\tpagefind\nVmPeak:\t 999 kB\nVmHWM:\t  204800 kB\nVmRSS:\t 1 kB\n')).toBe(204800 * 1024);
    expect(parsePeakRss('Name:\tkthreadd\n')).toBeNull();
  });
});

describe.runIf(process.platform === 'linux')('/proc, on a real child process', () => {
  it("finds this process's running child by name and reads its peak memory", async () => {
    const child = spawn('sleep', ['30'], { stdio: 'ignore' });
    await once(child, 'spawn');
    try {
      expect(childPids(process.pid, 'sleep')).toContain(child.pid);
      expect(childPids(process.pid, 'no-such-command')).toEqual([]);
      expect(peakRss(child.pid!)).toBeGreaterThan(0);
    } finally {
      child.kill();
      await once(child, 'exit');
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

  it('warns past 80 %, with the pages still room for at the average per page', () => {
    // 7.3 GB for 12,000 pages: 0.62 MB a page, 0.7 GB left, room for 1,150 more.
    const { warning } = memoryReport(7.3 * GB, 12_000, 8 * GB);
    expect(warning).toBe(
      '搜索索引用了 7.30 GB 内存，超过构建机内存 8.00 GB（BUILD_MEMORY_GB）的 80%；' +
        '按每个页面平均 0.6 MB 估算，再增加约 1150 个页面就会超过，构建会因内存不足而中止；' +
        '届时需要把索引拆成几份（scripts/README.md “Memory”）。',
    );
  });

  it('says when the index already took more than the build machine has', () => {
    expect(memoryReport(9 * GB, 14_000, 8 * GB).warning).toContain(
      '已经超过这个上限，在这样的构建机上会因内存不足而中止。需要把索引拆成几份',
    );
  });
});
