import { spawn, type ChildProcess } from 'node:child_process';

/**
 * Where releases go: a folder on this machine (`/srv/gyxz`) or on a server reached over
 * ssh (`deploy@example.cn:/srv/gyxz`). Every step is a POSIX shell command, run by `sh`
 * here or by `ssh` there, so both kinds take the same path.
 */
export interface Target {
  /** `user@host` for ssh, or undefined for a local folder. */
  host: string | undefined;
  /** Absolute folder holding `releases/` and the `current` symlink. */
  dir: string;
}

/**
 * @example parseTarget('deploy@example.cn:/srv/gyxz') // { host: 'deploy@example.cn', dir: '/srv/gyxz' }
 * @example parseTarget('/srv/gyxz') // { host: undefined, dir: '/srv/gyxz' }
 */
export function parseTarget(spec: string): Target {
  const remote = /^([^/:]+):(\/.*)$/.exec(spec);
  const dir = (remote ? remote[2]! : spec).replace(/\/+$/, '');
  if (!dir.startsWith('/')) throw new Error(`部署目标应为绝对路径（/srv/gyxz 或 用户@主机:/srv/gyxz）：${spec}`);
  return { host: remote?.[1], dir };
}

/**
 * A string as one POSIX shell word.
 * @example sh("it's") // "'it'\\''s'"
 */
export const sh = (s: string): string => `'${s.replaceAll("'", `'\\''`)}'`;

/** Start a shell command at the target. */
export function spawnAt(target: Target, command: string): ChildProcess {
  return target.host
    ? spawn('ssh', ['-o', 'BatchMode=yes', target.host, command], { stdio: ['pipe', 'pipe', 'pipe'] })
    : spawn('sh', ['-c', command], { stdio: ['pipe', 'pipe', 'pipe'] });
}

/** Run a shell command at the target; resolves with its stdout, rejects with its stderr. */
export function runAt(target: Target, command: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawnAt(target, command);
    let out = '';
    let err = '';
    child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    child.stdin?.end();
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(err.trim() || `exit ${code}`))));
  });
}

/** An rsync path for a folder at the target. */
export const rsyncPath = (target: Target, dir: string): string => (target.host ? `${target.host}:${dir}` : dir);
