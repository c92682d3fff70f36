/**
 * Run one build as a child process and measure it: wall time, the largest
 * process's peak memory (GNU time's %M, when /usr/bin/time is installed) and
 * the peak of the whole process tree (sampled from /proc every 200 ms, so
 * worker processes count too).
 */
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { childPids, commandLine, statFields, statusKb } from '../../src/lib/proc.ts';

/** What one measured run produced. */
export interface Measured {
  code: number;
  wallMs: number;
  /** Peak RSS of the largest single process, in KiB (GNU time); undefined without /usr/bin/time. */
  maxRssKb?: number;
  /** Peak of the summed RSS of the process and all its descendants, in KiB (sampled; forks not yet exec'd count 0). */
  treePeakKb: number;
  /** When that peak was sampled (ms after start) and which processes made it up. */
  treePeak: { atMs: number; processes: { command: string; rssKb: number }[] };
  /**
   * User + system CPU time in ms of every process in the tree, summed from /proc
   * samples (a process's last 200 ms can be missed). GNU time cannot be used here:
   * Pagefind's service process is killed without being waited for, so its CPU
   * time never reaches the parent's rusage. Other people's builds slow our wall
   * clock but barely change our CPU time, so this is the steadier number on a
   * shared machine.
   */
  cpuMs: number;
  output: string;
}

const TIME = '/usr/bin/time';

/**
 * Resident memory of one process in KiB (VmRSS). Reading smaps_rollup for proportional figures
 * was tried and dropped: it walks the page tables under the process's memory lock, and sampling
 * it every 200 ms slowed Pagefind's indexing by 15–40 % at 1,000 entries.
 */
function rssKb(pid: number): number {
  return statusKb(pid, 'VmRSS') ?? 0;
}

/** CPU time (user + system, ms) a process has used so far, its own threads only. */
function cpuMs(pid: number): number {
  // utime and stime are fields 14 and 15 of the line, in clock ticks (100/s).
  const fields = statFields(pid);
  return fields ? (Number(fields[11]) + Number(fields[12])) * 10 : 0;
}

function command(pid: number): string {
  return commandLine(pid).slice(0, 3).join(' ');
}

/** RSS (KiB) and CPU time so far (ms) of a process and each of its descendants, now. */
export function treeRss(root: number): { pid: number; command: string; rssKb: number; cpuMs: number }[] {
  const found: { pid: number; command: string; rssKb: number; cpuMs: number }[] = [];
  const stack: [pid: number, parentCommand: string | undefined][] = [[root, undefined]];
  while (stack.length > 0) {
    const [pid, parentCommand] = stack.pop()!;
    const cmd = command(pid);
    const kids = childPids(pid);
    // A child still running its parent's command line is a fork that has not yet exec'd (a build
    // step starting git, say): its resident pages are the parent's, so its memory is not added.
    const fork = cmd === parentCommand && kids.length === 0;
    found.push({ pid, command: cmd, rssKb: fork ? 0 : rssKb(pid), cpuMs: cpuMs(pid) });
    stack.push(...kids.map((kid): [number, string] => [kid, cmd]));
  }
  return found;
}

/** Run `command args` with `env`, tee its output to `logFile`, and measure it. */
export function measure(
  command: string,
  args: string[],
  opts: { env: NodeJS.ProcessEnv; logFile: string; cwd?: string },
) {
  const useTime = existsSync(TIME);
  const [cmd, argv] = useTime ? [TIME, ['-f', '[bench] maxrss_kb=%M', command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawn(cmd, argv, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  let treePeakKb = 0;
  let treePeak: Measured['treePeak'] = { atMs: 0, processes: [] };
  const cpuByPid = new Map<number, number>();
  const sampler = setInterval(() => {
    if (!child.pid) return;
    const now = treeRss(child.pid);
    for (const p of now) cpuByPid.set(p.pid, Math.max(cpuByPid.get(p.pid) ?? 0, p.cpuMs));
    const total = now.reduce((sum, p) => sum + p.rssKb, 0);
    if (total <= treePeakKb) return;
    treePeakKb = total;
    const processes = now.filter((p) => p.rssKb > 0).map(({ command, rssKb }) => ({ command, rssKb }));
    treePeak = { atMs: Math.round(performance.now() - started), processes };
  }, 200);
  return new Promise<Measured>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      const wallMs = performance.now() - started;
      writeFileSync(opts.logFile, output);
      const m = /\[bench\] maxrss_kb=(\d+)/.exec(output);
      resolve({
        code: code ?? 1,
        wallMs,
        cpuMs: [...cpuByPid.values()].reduce((sum, ms) => sum + ms, 0),
        ...(m ? { maxRssKb: Number(m[1]) } : {}),
        treePeakKb,
        treePeak,
        output,
      });
    });
  });
}
