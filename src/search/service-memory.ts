/**
 * How much memory Pagefind's indexing took, read from Linux's `/proc` while its service process is
 * still running, and a warning when that comes near the build machine's memory.
 *
 * Pagefind is the build's peak from 1,000 entries up and grows about linearly with the indexed
 * pages (scripts/README.md, "Memory"); hosted build machines commonly stop a build at 8 GB. The
 * build says so before a host kills it: the peak is printed after indexing, with a warning once it
 * passes 80 % of `BUILD_MEMORY_GB` (default 8). The same build's peak moves by up to 10 % from one
 * run to the next, so the pages the warning says still fit allow for that.
 * Elsewhere than Linux there is no `/proc` and nothing is printed.
 */
import path from 'node:path';
import { childPids, commandLine, statFields, statusKb } from '../lib/proc.ts';

/** The memory of a hosted build machine, in GB, unless `BUILD_MEMORY_GB` says otherwise. */
export const DEFAULT_BUILD_MEMORY_GB = 8;
/** Warn once the index takes this share of the build machine's memory. */
export const WARN_SHARE = 0.8;
/** How much higher the same build's peak can be on its next run (repeated runs of one build differ so). */
export const PEAK_SPREAD = 1.1;
const GB = 1024 ** 3;

/**
 * The peak memory of the Pagefind service this process started last (its binary is
 * `pagefind_extended` or `pagefind`; `pagefind.close()` does not wait for an earlier one to exit),
 * or null where `/proc` cannot tell. Call it before `pagefind.close()`.
 */
export function pagefindPeak(proc = '/proc'): number | null {
  const services = childPids(process.pid, proc).flatMap((pid) => {
    const [binary = ''] = commandLine(pid, proc);
    const start = Number(statFields(pid, proc)?.[19]); // when it started, in clock ticks after boot
    return /^pagefind(_extended)?$/.test(path.basename(binary)) && Number.isInteger(start) ? [{ pid, start }] : [];
  });
  const [newest] = services.sort((x, y) => y.start - x.start);
  const kb = newest ? statusKb(newest.pid, 'VmHWM', proc) : null;
  return kb === null ? null : kb * 1024;
}

/**
 * The build machine's memory in bytes from `BUILD_MEMORY_GB`; a value that is not a positive
 * number is an error that names the variable.
 */
export function buildMemory(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env['BUILD_MEMORY_GB'];
  if (raw === undefined || raw.trim() === '') return DEFAULT_BUILD_MEMORY_GB * GB;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`BUILD_MEMORY_GB 应为构建机的内存大小（GB，正数），例如 8；现在是 “${raw}”。`);
  }
  return value * GB;
}

/** Bytes as GB with two decimals, as the benchmark prints them. */
export function formatGb(bytes: number): string {
  return `${(bytes / GB).toFixed(2)} GB`;
}

/**
 * The line printed after indexing, and a warning (in Chinese, for whoever runs the build) when the
 * index took more than WARN_SHARE of the build machine's memory: how many more pages would still
 * fit at the index's own average per page, with the peak PEAK_SPREAD higher as on a worse run.
 * @example memoryReport(7.17 * 2 ** 30, 12033, 8 * 2 ** 30).warning // '搜索索引用了 7.17 GB 内存…约 172 个页面…'
 */
export function memoryReport(peak: number, pages: number, limit: number): { line: string; warning: string | null } {
  const line = `peak memory ${formatGb(peak)} (${pages} pages; build machine ${formatGb(limit)}, BUILD_MEMORY_GB)`;
  if (peak <= WARN_SHARE * limit) return { line, warning: null };
  const [used, total] = [formatGb(peak), formatGb(limit)];
  const split = '需要把索引拆成几份（scripts/README.md “Memory”）。';
  if (peak >= limit) {
    return {
      line,
      warning: `搜索索引用了 ${used} 内存，已超出构建机内存 ${total}（BUILD_MEMORY_GB）：在只有 ${total} 内存的构建机上，构建会因内存不足而中止。${split}`,
    };
  }
  const perPage = peak / Math.max(pages, 1);
  const room = Math.floor((limit / PEAK_SPREAD - peak) / perPage);
  const spread = `同一构建的峰值每次运行相差可达 ${Math.round((PEAK_SPREAD - 1) * 100)}%`;
  if (room <= 0) {
    return {
      line,
      warning: `搜索索引用了 ${used} 内存，已接近构建机内存 ${total}（BUILD_MEMORY_GB）：${spread}，下一次构建就可能超出 ${total} 而因内存不足中止。${split}`,
    };
  }
  return {
    line,
    warning:
      `搜索索引用了 ${used} 内存，超过构建机内存 ${total}（BUILD_MEMORY_GB）的 ${WARN_SHARE * 100}%。` +
      `按每个页面平均 ${(perPage / 1024 ** 2).toFixed(1)} MB、${spread}估算，再增加约 ${room} 个页面就可能超出 ${total}，` +
      `构建将因内存不足而中止；届时${split}`,
  };
}
