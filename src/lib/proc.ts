/**
 * Linux's `/proc`, read for a running process: its children, its command line, a figure of its
 * `status` and the fields of its `stat`. Shared by the build, which reports the memory Pagefind
 * took (src/search/service-memory.ts), and the benchmark, which samples whole process trees
 * (scripts/bench/measure.ts). Each reader answers "nothing" (an empty list, an empty command line,
 * null) where there is no `/proc` or the process has ended.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

function read(proc: string, ...parts: (string | number)[]): string | null {
  try {
    return readFileSync(path.join(proc, ...parts.map(String)), 'utf8');
  } catch {
    return null;
  }
}

/** The pids of a process's children, from each of its threads' `children` list. */
export function childPids(pid: number, proc = '/proc'): number[] {
  let threads: string[];
  try {
    threads = readdirSync(path.join(proc, String(pid), 'task'));
  } catch {
    return [];
  }
  return threads.flatMap((tid) =>
    (read(proc, pid, 'task', tid, 'children') ?? '').split(/\s+/).filter(Boolean).map(Number),
  );
}

/** A process's command line, one element per argument. */
export function commandLine(pid: number, proc = '/proc'): string[] {
  return (read(proc, pid, 'cmdline') ?? '').split('\0').filter(Boolean);
}

/**
 * One figure of a process's `status` in kB: `VmRSS` (resident now) or `VmHWM` (the peak so far).
 * Null when the status has no such line (a zombie, a kernel thread).
 */
export function statusKb(pid: number, field: 'VmRSS' | 'VmHWM', proc = '/proc'): number | null {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(read(proc, pid, 'status') ?? '');
  return match ? Number(match[1]) : null;
}

/**
 * The fields of a process's `stat` after its command name, which sits in parentheses and may
 * itself hold spaces and parentheses, so they are counted from the last `)`: [0] is the state
 * (field 3 of the line), [1] the parent pid, [11] and [12] user and system time, [19] the start
 * time (field 22), in clock ticks.
 */
export function statFields(pid: number, proc = '/proc'): string[] | null {
  const stat = read(proc, pid, 'stat');
  return stat === null ? null : stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}
