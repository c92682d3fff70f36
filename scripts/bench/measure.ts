/**
 * Run one build as a child process and measure it: wall time, the largest
 * process's peak memory (GNU time's %M, when /usr/bin/time is installed) and
 * the peak of the whole process tree (sampled from /proc every 200 ms, so
 * worker processes count too; each page counted once, see rssKb).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

/** What one measured run produced. */
export interface Measured {
  code: number;
  wallMs: number;
  /** Peak RSS of the largest single process, in KiB (GNU time); undefined without /usr/bin/time. */
  maxRssKb?: number;
  /** Peak of the summed memory (RSS with shared anonymous pages counted once, see rssKb) of the process and all its descendants, in KiB (sampled). */
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

function children(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

/**
 * Memory of one process in KiB: its file-backed and shared-memory pages as RSS counts them,
 * plus its anonymous pages proportionally (Pss_Anon: a page shared by n processes counts 1/n to
 * each). Summed RSS counted anonymous pages twice when a build forks a child to run git (the
 * child shares the parent's memory until it execs); file pages are counted whole so the figure
 * does not depend on unrelated processes mapping the same files. Plain RSS where the kernel
 * has no smaps_rollup.
 */
function rssKb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (text: string, name: string) => {
      const m = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text);
      return m ? Number(m[1]) : undefined;
    };
    const rss = field(status, 'VmRSS') ?? 0;
    let rollup = '';
    try {
      rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    } catch {
      return rss;
    }
    const pssAnon = field(rollup, 'Pss_Anon');
    const file = field(status, 'RssFile');
    const shmem = field(status, 'RssShmem');
    return pssAnon === undefined || file === undefined || shmem === undefined ? rss : pssAnon + file + shmem;
  } catch {
    return 0;
  }
}

/** CPU time (user + system, ms) a process has used so far, its own threads only. */
function cpuMs(pid: number): number {
  try {
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15, in clock ticks (100/s).
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

function command(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).slice(0, 3).join(' ');
  } catch {
    return '';
  }
}

/** RSS (KiB) and CPU time so far (ms) of a process and each of its descendants, now. */
export function treeRss(root: number): { pid: number; command: string; rssKb: number; cpuMs: number }[] {
  const found: { pid: number; command: string; rssKb: number; cpuMs: number }[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    found.push({ pid, command: command(pid), rssKb: rssKb(pid), cpuMs: cpuMs(pid) });
    stack.push(...children(pid));
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
