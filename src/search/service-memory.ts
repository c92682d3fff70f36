/**
 * How much memory Pagefind's indexing took, read from Linux's `/proc` while its service process is
 * still running, and a warning when that comes near the build machine's memory.
 *
 * Pagefind is the build's peak from 1,000 entries up and grows by about 0.6 MB per indexed page
 * (scripts/README.md, "Memory"); hosted build machines commonly stop a build at 8 GB, which this site
 * reaches near 12,900 indexed pages. The build says so before a host kills it: the peak is printed
 * after indexing, with a warning once it passes 80 % of `BUILD_MEMORY_GB` (default 8). The same
 * build's peak moves by up to 10 % between runs (6.79–7.51 GB at 10,000 entries), so the pages
 * the warning says still fit allow for that.
 * Elsewhere than Linux there is no `/proc` and nothing is printed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The memory of a hosted build machine, in GB, unless `BUILD_MEMORY_GB` says otherwise. */
export const DEFAULT_BUILD_MEMORY_GB = 8;
/** Warn once the index takes this share of the build machine's memory. */
export const WARN_SHARE = 0.8;
/** How much higher the same build's peak can be on its next run (measured: 6.79–7.51 GB). */
export const PEAK_SPREAD = 1.1;
const GB = 1024 ** 3;

/**
 * The parent pid, command name and start time (clock ticks after boot) in a `/proc/<pid>/stat`
 * line. The name sits in parentheses and may itself hold spaces and parentheses, so the fields after
 * it are counted from the last `)`: state, ppid, … and the start time, field 22 of the line.
 * @example parseStat('4242 (pagefind_extend) S 4200 …') // { ppid: 4200, comm: 'pagefind_extend', start: 81234 }
 */
export function parseStat(line: string): { ppid: number; comm: string; start: number } | null {
  const open = line.indexOf('(');
  const close = line.lastIndexOf(')');
  if (open < 0 || close < open) return null;
  const fields = line.slice(close + 2).split(' ');
  const [ppid, start] = [Number(fields[1]), Number(fields[19])];
  return Number.isInteger(ppid) && Number.isInteger(start) ? { ppid, comm: line.slice(open + 1, close), start } : null;
}

/**
 * A process's peak resident memory in bytes (`VmHWM` in `/proc/<pid>/status`), or null when the
 * status has none (a kernel thread, or no such line).
 * @example parsePeakRss('VmHWM:\t  204800 kB\n') // 209715200
 */
export function parsePeakRss(status: string): number | null {
  const match = /^VmHWM:\s+(\d+) kB$/m.exec(status);
  return match ? Number(match[1]) * 1024 : null;
}

/** The pids of `parent`'s running children whose command name starts with `name`, the newest first. */
export function childPids(parent: number, name: string, proc = '/proc'): number[] {
  let entries: string[];
  try {
    entries = readdirSync(proc);
  } catch {
    return [];
  }
  return entries
    .flatMap((entry) => {
      if (!/^\d+$/.test(entry)) return [];
      try {
        const stat = parseStat(readFileSync(path.join(proc, entry, 'stat'), 'utf8'));
        return stat && stat.ppid === parent && stat.comm.startsWith(name)
          ? [{ pid: Number(entry), start: stat.start }]
          : [];
      } catch {
        return []; // the process ended between the listing and the read
      }
    })
    .sort((a, b) => b.start - a.start)
    .map((child) => child.pid);
}

/** The peak resident memory of a running process in bytes, or null where it cannot be read. */
export function peakRss(pid: number, proc = '/proc'): number | null {
  try {
    return parsePeakRss(readFileSync(path.join(proc, String(pid), 'status'), 'utf8'));
  } catch {
    return null;
  }
}

/**
 * The peak memory of the Pagefind service this process started last (its binary is
 * `pagefind_extended` or `pagefind`; `pagefind.close()` does not wait for an earlier one to exit),
 * or null where `/proc` cannot tell. Call it before `pagefind.close()`.
 */
export function pagefindPeak(proc = '/proc'): number | null {
  const [newest] = childPids(process.pid, 'pagefind', proc);
  return newest === undefined ? null : peakRss(newest, proc);
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
