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

/**
 * A command line split into words the way rsync splits RSYNC_RSH: at spaces, with single
 * or double quotes keeping spaces inside a word (no backslash escapes).
 * @example splitCommand(`ssh -p 2222 -i "/k/deploy key"`) // ['ssh', '-p', '2222', '-i', '/k/deploy key']
 */
export function splitCommand(line: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  let quote: string | undefined;
  for (const c of line) {
    if (quote) {
      if (c === quote) quote = undefined;
      else word += c;
    } else if (c === ' ') {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (c === '"' || c === "'") {
      quote = c;
      word ??= '';
    } else word = (word ?? '') + c;
  }
  if (quote) throw new Error(`RSYNC_RSH 中的引号没有配对：${line}`);
  if (word !== undefined) words.push(word);
  return words;
}

/**
 * The ssh command for a server target, as rsync's `-e` takes it: RSYNC_RSH where set (`ssh -p 2222`, a
 * key, a known_hosts file), else `ssh`; never asking for a password, so an unattended
 * deploy fails instead of hanging. The deploy's own ssh commands and its rsync upload
 * (`rsync -e`) both use it, so a port or key set once reaches every connection.
 */
export const rsyncShell = (env: NodeJS.ProcessEnv = process.env): string =>
  `${env['RSYNC_RSH']?.trim() || 'ssh'} -o BatchMode=yes`;

/** rsyncShell() as the words of a command to start. */
export const sshCommand = (env: NodeJS.ProcessEnv = process.env): string[] => splitCommand(rsyncShell(env));

/**
 * Start a shell command at the target. On this machine it gets its own process group, like
 * a command that sshd starts on a server, so `$$` names the group that `STOP_WRITER`
 * (lock.ts) stops, and a kill aimed at the deploy's group does not cut it off half-way.
 */
export function spawnAt(target: Target, command: string): ChildProcess {
  if (!target.host) return spawn('sh', ['-c', command], { stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  const [ssh, ...args] = sshCommand();
  return spawn(ssh!, [...args, target.host, command], { stdio: ['pipe', 'pipe', 'pipe'] });
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
