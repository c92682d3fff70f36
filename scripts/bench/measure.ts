/**
 * Run one build as a child process and measure it: wall time, the largest
 * process's peak memory (GNU time's %M, when /usr/bin/time is installed) and
 * the peak of the whole process tree (sampled from /proc every 200 ms, so
 * worker processes count too).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

/** What one measured run produced. */
export interface Measured {
  code: number;
  wallMs: number;
  /** Peak RSS of the largest single process, in KiB (GNU time); undefined without /usr/bin/time. */
  maxRssKb?: number;
  /** Peak of the summed RSS of the process and all its descendants, in KiB (sampled). */
  treePeakKb: number;
  /**
   * User + system CPU time in ms (GNU time, reaped children included). Other
   * people's builds slow our wall clock but barely change our CPU time, so this
   * is the steadier number on a shared machine.
   */
  cpuMs?: number;
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

function rssKb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** Summed RSS (KiB) of a process and all its descendants, now. */
export function treeRssKb(root: number): number {
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    total += rssKb(pid);
    stack.push(...children(pid));
  }
  return total;
}

/** Run `command args` with `env`, tee its output to `logFile`, and measure it. */
export function measure(
  command: string,
  args: string[],
  opts: { env: NodeJS.ProcessEnv; logFile: string; cwd?: string },
) {
  const useTime = existsSync(TIME);
  const [cmd, argv] = useTime ? [TIME, ['-f', '[bench] maxrss_kb=%M cpu_s=%U+%S', command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawn(cmd, argv, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  let treePeakKb = 0;
  const sampler = setInterval(() => {
    if (child.pid) treePeakKb = Math.max(treePeakKb, treeRssKb(child.pid));
  }, 200);
  return new Promise<Measured>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      const wallMs = performance.now() - started;
      writeFileSync(opts.logFile, output);
      const m = /\[bench\] maxrss_kb=(\d+) cpu_s=([\d.]+)\+([\d.]+)/.exec(output);
      resolve({
        code: code ?? 1,
        wallMs,
        ...(m ? { maxRssKb: Number(m[1]), cpuMs: (Number(m[2]) + Number(m[3])) * 1000 } : {}),
        treePeakKb,
        output,
      });
    });
  });
}
