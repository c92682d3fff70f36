import { type Target, sh, spawnAt } from './target.ts';

/** A held deploy lock; `release()` lets the next deploy start. */
export interface Lock {
  release(): void;
}

/**
 * Take the target's deploy lock (`flock` on `<dir>/.deploy.lock`), or reject when another
 * deploy holds it. The lock is held by a small process at the target that lives exactly as
 * long as this one keeps its stdin open: a deploy that is killed releases it by dying, so
 * an interrupted deploy never blocks the next one.
 */
export function takeLock(target: Target): Promise<Lock> {
  const file = `${target.dir}/.deploy.lock`;
  const holder = spawnAt(
    target,
    `mkdir -p ${sh(target.dir)} && exec flock -n ${sh(file)} sh -c 'echo locked; exec cat >/dev/null'`,
  );
  return new Promise((resolve, reject) => {
    let err = '';
    holder.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    holder.stdout?.once('data', () => resolve({ release: () => holder.stdin?.end() }));
    holder.on('error', reject);
    holder.on('close', (code) => {
      if (code === 1 && !err) reject(new Error(`另一次部署正在进行（${file} 被占用）：请等它结束后再试。`));
      else reject(new Error(`无法取得部署锁 ${file}：${err.trim() || `exit ${code}`}`));
    });
  });
}
