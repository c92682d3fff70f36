/**
 * Publish a build as a new release, switching the live site atomically; or roll back.
 *
 *   npm run deploy -- --to /srv/gyxz                    (a folder on this machine)
 *   npm run deploy -- --to deploy@example.cn:/srv/gyxz  (a server, over rsync + ssh)
 *   npm run deploy -- --to … --rollback                 (back to the release live before this one)
 *   npm run deploy -- --to … --list                     (the releases, which is live, which a rollback restores)
 *
 * Options: --dist dist (the build), --keep 5 (releases kept), --bwlimit KB/s (rsync).
 * DEPLOY_TARGET may stand in for --to. RSYNC_RSH sets the ssh command for a server
 * (`ssh -p 2222 -i ~/.ssh/deploy`); every ssh connection and the upload use it. The web server serves `<to>/current`
 * (deploy/nginx/gyxz.conf); deploy/README.md walks through it.
 *
 * What it guarantees:
 *  - it refuses a build made with a loopback address, or one whose link check fails;
 *  - the build is uploaded into `releases/<id>.partial/` and renamed when complete; only
 *    then is `current` switched, by renaming a new symlink over it (atomic), so a deploy
 *    killed at any point leaves the live site on the old release;
 *  - the previous release's hashed assets and search index (`_astro/`, `admin/_cms/`,
 *    `pagefind/`) are carried into the new one (hard links), so a reader who loaded a page
 *    before the switch gets no broken script and no failing search; they stay until the
 *    next deploy after that;
 *  - every switch is recorded in `<to>/.deploy/history` (when, which release, which commit),
 *    and --rollback walks back along it: to the release that was live before the live one;
 *  - a second deploy while one runs refuses to start; no process writes into the target once
 *    its deploy has ended, however it ended (SIGKILL included: lib/deploy/lock.ts).
 */
import { parseArgs } from 'node:util';
import path from 'node:path';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { builtAddress } from './lib/built-address.ts';
import { checkDist } from './lib/check-dist.ts';
import { asWriter, lockFile, stopWriter, takeLock, writing, type Lock } from './lib/deploy/lock.ts';
import { CARRIED_DIRS, finished, prunable, releaseId } from './lib/deploy/releases.ts';
import {
  formatEvent,
  liveStack,
  parseHistory,
  releaseRows,
  rollbackTarget,
  type DeployAction,
  type HistoryEvent,
} from './lib/deploy/history.ts';
import { parseTarget, rsyncPath, rsyncShell, runAt, sh, type Target } from './lib/deploy/target.ts';
import { isLoopback } from '../src/production/site-address.ts';

const { values } = parseArgs({
  options: {
    to: { type: 'string', default: process.env['DEPLOY_TARGET'] },
    dist: { type: 'string', default: 'dist' },
    keep: { type: 'string', default: '5' },
    bwlimit: { type: 'string' },
    rollback: { type: 'boolean', default: false },
    list: { type: 'boolean', default: false },
  },
});

function fail(message: string): never {
  console.error(`${values.list ? '查看版本' : values.rollback ? '回滚' : '部署'}未进行：${message}`);
  process.exit(1);
}

if (!values.to) fail('请用 --to 指定部署目标（/srv/gyxz 或 用户@主机:/srv/gyxz），或设置 DEPLOY_TARGET。');
const target = parseTarget(values.to);
const releasesDir = `${target.dir}/releases`;
/** Deploy bookkeeping, beside `current` and never under it, so no web server serves it. */
const bookkeeping = `${target.dir}/.deploy`;
const historyFile = `${bookkeeping}/history`;
/** The files a release was built with under the carried folders, one list per release. */
const filesList = (id: string) => `${bookkeeping}/files/${id}`;

/**
 * The upload, started on this machine in a process group of its own: every way the deploy
 * can end stops it (below), and the lock holder at the target stops its receiving end.
 */
let upload: ChildProcess | undefined;
const stopUpload = () => {
  if (upload?.pid && upload.exitCode === null && upload.signalCode === null) {
    try {
      process.kill(-upload.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
};
process.on('exit', stopUpload);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    console.error(
      `${values.rollback ? '回滚' : '部署'}被中止（${signal}），上传已停止；线上是哪个版本，用 --list 查看。`,
    );
    process.exit(1);
  });
}

/** The live release's id, or undefined before the first deploy. */
async function liveRelease(): Promise<string | undefined> {
  const link = (await runAt(target, `readlink ${sh(`${target.dir}/current`)} || true`)).trim();
  return link ? path.posix.basename(link) : undefined;
}

/** The folders under releases/, and the history of what went live. */
async function readTarget(): Promise<{ names: string[]; events: HistoryEvent[]; live: string | undefined }> {
  const names = (await runAt(target, `mkdir -p ${sh(releasesDir)} && ls -1 ${sh(releasesDir)}`))
    .split('\n')
    .filter(Boolean);
  const { events, skipped } = parseHistory(await runAt(target, `cat ${sh(historyFile)} 2>/dev/null; true`));
  if (skipped.length) console.warn(`注意：${historyFile} 第 ${skipped.join('、')} 行格式不对，已跳过。`);
  return { names, events, live: await liveRelease() };
}

/**
 * Point `current` at a release — a new symlink renamed over the old one, atomically — and
 * record it in the history in the same command, so the history says what went live.
 */
async function switchTo(id: string, action: DeployAction, commit: string): Promise<void> {
  const tmp = `${target.dir}/.current-${id}`;
  const line = formatEvent({ at: new Date().toISOString(), action, release: id, commit });
  await runAt(
    target,
    `ln -sfn ${sh(`releases/${id}`)} ${sh(tmp)} && mv -T ${sh(tmp)} ${sh(`${target.dir}/current`)} && ` +
      `printf '%s\\n' ${sh(line)} >> ${sh(historyFile)}`,
  );
}

/**
 * Hard-link into release `to` the files release `from` was built with under the carried
 * folders, where `to` has no file of that name (its own files always win). Releases made
 * before the lists moved to .deploy/ keep theirs in `.release-files`.
 */
async function carry(from: string, to: string): Promise<void> {
  const src = `${releasesDir}/${from}`;
  const carrying = `rsync -a --ignore-existing --link-dest=${sh(src)} --files-from="$f" ./ ${sh(`${releasesDir}/${to}/`)}`;
  await runAt(
    target,
    `cd ${sh(src)} && f=${sh(filesList(from))}; [ -f "$f" ] || f=.release-files; ` +
      `if [ -f "$f" ]; then ${writing(lockFile(target), carrying)}; fi`,
  );
}

/**
 * Run the upload in its own process group (see `upload`). Its receiving end names itself in
 * the lock (asWriter): on a server it is started by ssh through --rsync-path; on this
 * machine it is a child of this rsync, in the group the shell below names.
 */
function rsync(t: Target, args: string[]): Promise<void> {
  const lock = lockFile(t);
  const [command, argv] = t.host
    ? ['rsync', ['-e', rsyncShell(), `--rsync-path=${asWriter(lock, 'rsync')}`, ...args]]
    : ['sh', ['-c', writing(lock, 'rsync "$@"'), 'sh', ...args]];
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, { stdio: ['ignore', 'inherit', 'inherit'], detached: true });
    upload = child;
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`rsync 失败（exit ${code}）`))));
  });
}

/** This machine's rsync, which every deploy needs; a clear word instead of `spawn rsync ENOENT`. */
function requireRsync(): void {
  const probe = spawnSync('rsync', ['--version'], { stdio: 'ignore' });
  if ((probe.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
    fail('本机没有 rsync：部署用它上传。请先安装（Debian/Ubuntu：apt-get install rsync；macOS：brew install rsync）。');
  }
}

/**
 * The commit the build comes from: the checkout the deploy runs in (in the workflows, the
 * one that was just built), `-dirty` when its tracked files differ, `-` outside git.
 */
function deployedCommit(): string {
  const git = (...args: string[]) => spawnSync('git', args, { encoding: 'utf8' });
  const head = git('rev-parse', '--short=12', 'HEAD');
  if (head.status !== 0) return '-';
  const dirty = git('status', '--porcelain', '--untracked-files=no').stdout.trim() !== '';
  return `${head.stdout.trim()}${dirty ? '-dirty' : ''}`;
}

/** Take the lock, then stop a writer an earlier deploy left behind (its holder was killed too). */
async function lock(t: Target): Promise<Lock> {
  const held = await takeLock(t).catch((error: unknown) =>
    fail(error instanceof Error ? error.message : String(error)),
  );
  const stopped = (await runAt(t, stopWriter(lockFile(t)))).trim();
  if (stopped) console.log(`停止了上一次部署遗留的上传进程（进程组 ${stopped}）。`);
  await runAt(t, `mkdir -p ${sh(`${bookkeeping}/files`)}`);
  return held;
}

async function deploy(t: Target, dist: string): Promise<void> {
  let address: string;
  try {
    address = builtAddress(dist);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  if (isLoopback(address)) {
    fail(`${dist} 是用本机地址 ${address} 构建的，读者无法访问。请设置 SITE_URL 后重新 npm run build。`);
  }
  const links = checkDist(dist);
  if (links.broken.length > 0) {
    fail(`链接检查发现 ${links.broken.length} 个站内断链（npm run check-links ${dist} 查看详情）。`);
  }
  requireRsync();
  const commit = deployedCommit();
  console.log(`构建 ${dist}：${address}，${links.pages} 个页面，链接检查通过；提交 ${commit}。`);

  const held = await lock(t);
  try {
    const { names } = await readTarget();
    // Uploads an earlier deploy left unfinished (killed, network lost): never live, safe to drop.
    const partial = names.filter((n) => n.endsWith('.partial'));
    if (partial.length) await runAt(t, `cd ${sh(releasesDir)} && rm -rf ${partial.map(sh).join(' ')}`);
    const previous = await liveRelease();
    const id = releaseId(new Date());
    const uploadDir = `${releasesDir}/${id}.partial`;

    console.log(`上传到 ${rsyncPath(t, `${releasesDir}/${id}`)} …`);
    await rsync(t, [
      '-a',
      '--delete',
      ...(values.bwlimit ? [`--bwlimit=${values.bwlimit}`] : []),
      // Unchanged files become hard links to the live release: fast, and no extra space.
      ...(previous ? [`--link-dest=${releasesDir}/${previous}`] : []),
      `${path.resolve(dist)}/`,
      `${rsyncPath(t, uploadDir)}/`,
    ]);
    const carried = CARRIED_DIRS.map(sh).join(' ');
    await runAt(
      t,
      `: > ${sh(lockFile(t))}; cd ${sh(uploadDir)} && { find ${carried} -type f 2>/dev/null; true; } > ${sh(filesList(id))}`,
    );
    if (previous) await carry(previous, `${id}.partial`);
    await runAt(t, `mv -T ${sh(uploadDir)} ${sh(`${releasesDir}/${id}`)}`);
    await switchTo(id, 'deploy', commit);
    console.log(`已上线：${id}${previous ? `（上一版本 ${previous} 保留，可 --rollback）` : ''}`);

    const after = await readTarget();
    const releases = finished(after.names);
    const keep = [id, rollbackTarget(liveStack(after.events, releases, id))];
    const old = prunable(releases, keep, Number(values.keep));
    if (old.length) {
      await runAt(
        t,
        `cd ${sh(releasesDir)} && rm -rf ${old.map(sh).join(' ')} && cd ${sh(`${bookkeeping}/files`)} && rm -f ${old.map(sh).join(' ')}`,
      );
      console.log(`删除了较早的版本：${old.join('、')}`);
    }
  } finally {
    held.release();
  }
}

async function rollback(t: Target): Promise<void> {
  const held = await lock(t);
  try {
    const { names, events, live } = await readTarget();
    const releases = finished(names);
    const back = rollbackTarget(liveStack(events, releases, live));
    if (!live) fail(`没有可以回滚到的版本：${t.dir} 还没有部署过。`);
    if (!back) fail(`没有可以回滚到的上一个版本：${live} 之前没有上线过别的版本。`);
    if (!releases.includes(back)) fail(`${live} 之前上线的版本 ${back} 已被清理，无法回滚。`);
    // Readers of the release being left keep its scripts and search index.
    await carry(live, back);
    const commit = events.findLast((e) => e.release === back && e.action === 'deploy')?.commit ?? '-';
    await switchTo(back, 'rollback', commit);
    console.log(`已回滚：${live} → ${back}`);
  } finally {
    held.release();
  }
}

/** A history time as Beijing time, the time the center's editors read. */
const beijing = (iso: string) => `${new Date(iso).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' })} 北京时间`;

async function list(t: Target): Promise<void> {
  const { names, events, live } = await readTarget();
  const rows = releaseRows(events, finished(names), live);
  if (!rows.length) {
    console.log(`${t.dir} 还没有部署过。`);
    return;
  }
  console.log(`${values.to} 的版本（新的在前）：`);
  const marks = { live: '← 线上', rollback: '← --rollback 会恢复它', withdrawn: '已撤回（回滚时撤下）' };
  for (const r of rows) {
    const when = r.wentLive ? `上线于 ${beijing(r.wentLive)}` : '上线时间未记录';
    const commit = r.commit ? `提交 ${r.commit}` : '';
    console.log(['  ' + r.release, when, commit, r.mark ? marks[r.mark] : ''].filter(Boolean).join('  '));
  }
}

if (values.list) await list(target);
else if (values.rollback) await rollback(target);
else await deploy(target, path.resolve(values.dist));
