import { type Target, sh, spawnAt } from './target.ts';

/** A held deploy lock; `release()` lets the next deploy start. */
export interface Lock {
  release(): void;
}

/** The lock file; while a deploy writes into the target, it holds the writer's process group. */
export const lockFile = (target: Target): string => `${target.dir}/.deploy.lock`;

/** The tools every deploy runs at the target (flock is in util-linux). */
const TARGET_TOOLS = ['rsync', 'flock'];
/** The lock holder's exit status when a tool is missing at the target. */
const MISSING_TOOL = 3;

/**
 * A shell command that runs `command` as the deploy's writer: it names its own process
 * group in the lock file, then becomes `command` (which may be followed by arguments, as
 * rsync adds to `--rsync-path`). Every process that writes into a release starts this way
 * or as `writing` does, so whatever outlives its deploy can be found and stopped.
 * @example asWriter('/srv/gyxz/.deploy.lock', 'rsync') // "echo $$ > '/srv/gyxz/.deploy.lock' && exec rsync"
 */
export const asWriter = (lock: string, command: string): string => `echo $$ > ${sh(lock)} && exec ${command}`;

/**
 * Like `asWriter`, but the shell stays, runs `command` in its group and clears the name
 * when it is done, keeping the command's exit status.
 * @example writing('/l', 'rsync a b') // "echo $$ > '/l' && { rsync a b; s=$?; : > '/l'; exit $s; }"
 */
export const writing = (lock: string, command: string): string =>
  `echo $$ > ${sh(lock)} && { ${command}; s=$?; : > ${sh(lock)}; exit $s; }`;

/**
 * A shell command that stops the writer the lock file names, if it still runs, and clears
 * the name. It prints the group it stopped. A process group id names the old writer until
 * its last process is gone, and a deploy clears the name as soon as its writer is done, so
 * this never stops anything else.
 */
export const stopWriter = (lock: string): string =>
  `w=$(cat ${sh(lock)} 2>/dev/null); case "$w" in ''|*[!0-9]*) ;; *) ` +
  `if kill -s 0 -- "-$w" 2>/dev/null; then kill -s TERM -- "-$w" 2>/dev/null; ` +
  `i=0; while [ $i -lt 20 ] && kill -s 0 -- "-$w" 2>/dev/null; do sleep 0.1; i=$((i+1)); done; ` +
  `kill -s KILL -- "-$w" 2>/dev/null; echo "$w"; fi;; esac; : > ${sh(lock)}`;

/**
 * Take the target's deploy lock (`flock` on `<dir>/.deploy.lock`), or reject when another
 * deploy holds it or a tool is missing at the target. The lock is held by a small process
 * at the target that lives exactly as long as this one keeps its stdin open. When the
 * deploy ends — done, failed, or killed with SIGKILL, which closes the pipe all the same —
 * the holder stops the writer the lock names before it lets go: no process writes into the
 * target once its deploy is gone, and an interrupted deploy never blocks the next one.
 */
export function takeLock(target: Target): Promise<Lock> {
  const file = lockFile(target);
  const held = `echo locked; cat >/dev/null; ${stopWriter(file)} >/dev/null`;
  const holder = spawnAt(
    target,
    `m=; for c in ${TARGET_TOOLS.join(' ')}; do command -v "$c" >/dev/null 2>&1 || m="$m $c"; done; ` +
      `if [ -n "$m" ]; then echo "$m" >&2; exit ${MISSING_TOOL}; fi; ` +
      `mkdir -p ${sh(target.dir)} && exec flock -n ${sh(file)} sh -c ${sh(held)}`,
  );
  return new Promise((resolve, reject) => {
    let err = '';
    holder.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    holder.stdout?.once('data', () => resolve({ release: () => holder.stdin?.end() }));
    holder.on('error', reject);
    holder.on('close', (code) => {
      const where = target.host ? `部署目标 ${target.host} 上` : '本机';
      if (code === 1 && !err) reject(new Error(`另一次部署正在进行（${file} 被占用）：请等它结束后再试。`));
      else if (code === MISSING_TOOL) {
        reject(
          new Error(
            `${where}没有 ${err.trim().split(/\s+/).join('、')}：部署要用它们。请在${where.replace(/上$/, '')}安装（Debian/Ubuntu：apt-get install rsync util-linux）。`,
          ),
        );
      } else reject(new Error(`无法取得部署锁 ${file}：${err.trim() || `exit ${code}`}`));
    });
  });
}
