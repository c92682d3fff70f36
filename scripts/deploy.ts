/**
 * Publish a build as a new release, switching the live site atomically; or roll back.
 *
 *   npm run deploy -- --to /srv/gyxz                    (a folder on this machine)
 *   npm run deploy -- --to deploy@example.cn:/srv/gyxz  (a server, over rsync + ssh)
 *   npm run deploy -- --to … --rollback                 (back to the release before)
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
 *  - earlier releases are kept for --rollback; a second deploy while one runs refuses to start.
 */
import { parseArgs } from 'node:util';
import path from 'node:path';
import { builtAddress } from './lib/built-address.ts';
import { checkDist } from './lib/check-dist.ts';
import { takeLock } from './lib/deploy/lock.ts';
import { CARRIED_DIRS, finished, prunable, releaseId, rollbackTarget } from './lib/deploy/releases.ts';
import { parseTarget, rsyncPath, rsyncShell, runAt, sh, type Target } from './lib/deploy/target.ts';
import { spawn } from 'node:child_process';
import { isLoopback } from '../src/production/site-address.ts';

const { values } = parseArgs({
  options: {
    to: { type: 'string', default: process.env['DEPLOY_TARGET'] },
    dist: { type: 'string', default: 'dist' },
    keep: { type: 'string', default: '5' },
    bwlimit: { type: 'string' },
    rollback: { type: 'boolean', default: false },
  },
});

function fail(message: string): never {
  console.error(`${values.rollback ? '回滚' : '部署'}未进行：${message}`);
  process.exit(1);
}

if (!values.to) fail('请用 --to 指定部署目标（/srv/gyxz 或 用户@主机:/srv/gyxz），或设置 DEPLOY_TARGET。');
const target = parseTarget(values.to);
const releasesDir = `${target.dir}/releases`;

/** The live release's id, or undefined before the first deploy. */
async function liveRelease(): Promise<string | undefined> {
  const link = (await runAt(target, `readlink ${sh(`${target.dir}/current`)} || true`)).trim();
  return link ? path.posix.basename(link) : undefined;
}

async function listReleases(): Promise<string[]> {
  const out = await runAt(target, `mkdir -p ${sh(releasesDir)} && ls -1 ${sh(releasesDir)}`);
  return out.split('\n').filter(Boolean);
}

/** Point `current` at a release: a new symlink renamed over the old one, atomically. */
async function switchTo(id: string): Promise<void> {
  const tmp = `${target.dir}/.current-${id}`;
  await runAt(target, `ln -sfn ${sh(`releases/${id}`)} ${sh(tmp)} && mv -T ${sh(tmp)} ${sh(`${target.dir}/current`)}`);
}

/**
 * Hard-link into release `to` the files release `from` was built with under the carried
 * folders, where `to` has no file of that name (its own files always win).
 */
async function carry(from: string, to: string): Promise<void> {
  const src = `${releasesDir}/${from}`;
  await runAt(
    target,
    `cd ${sh(src)} && if [ -f .release-files ]; then ` +
      `rsync -a --ignore-existing --link-dest=${sh(src)} --files-from=.release-files ./ ${sh(`${releasesDir}/${to}/`)}; fi`,
  );
}

function rsync(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('rsync', args, { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`rsync 失败（exit ${code}）`))));
  });
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
  console.log(`构建 ${dist}：${address}，${links.pages} 个页面，链接检查通过。`);

  const lock = await takeLock(t).catch((error: unknown) =>
    fail(error instanceof Error ? error.message : String(error)),
  );
  try {
    const names = await listReleases();
    // Uploads an earlier deploy left unfinished (killed, network lost): never live, safe to drop.
    const partial = names.filter((n) => n.endsWith('.partial'));
    if (partial.length) await runAt(t, `cd ${sh(releasesDir)} && rm -rf ${partial.map(sh).join(' ')}`);
    const previous = await liveRelease();
    const id = releaseId(new Date());
    const upload = `${releasesDir}/${id}.partial`;

    console.log(`上传到 ${rsyncPath(t, `${releasesDir}/${id}`)} …`);
    await rsync([
      '-a',
      '--delete',
      ...(t.host ? ['-e', rsyncShell()] : []),
      ...(values.bwlimit ? [`--bwlimit=${values.bwlimit}`] : []),
      // Unchanged files become hard links to the live release: fast, and no extra space.
      ...(previous ? [`--link-dest=${releasesDir}/${previous}`] : []),
      `${path.resolve(dist)}/`,
      `${rsyncPath(t, upload)}/`,
    ]);
    const carried = CARRIED_DIRS.map(sh).join(' ');
    await runAt(t, `cd ${sh(upload)} && find ${carried} -type f 2>/dev/null > .release-files; true`);
    if (previous) await carry(previous, `${id}.partial`);
    await runAt(t, `mv -T ${sh(upload)} ${sh(`${releasesDir}/${id}`)}`);
    await switchTo(id);
    console.log(`已上线：${id}${previous ? `（上一版本 ${previous} 保留，可 --rollback）` : ''}`);

    const old = prunable(finished(await listReleases()), id, Number(values.keep));
    if (old.length) {
      await runAt(t, `cd ${sh(releasesDir)} && rm -rf ${old.map(sh).join(' ')}`);
      console.log(`删除了较早的版本：${old.join('、')}`);
    }
  } finally {
    lock.release();
  }
}

async function rollback(t: Target): Promise<void> {
  const lock = await takeLock(t).catch((error: unknown) =>
    fail(error instanceof Error ? error.message : String(error)),
  );
  try {
    const releases = finished(await listReleases());
    const live = await liveRelease();
    const back = rollbackTarget(releases, live);
    if (!back) {
      fail(
        live
          ? `没有可以回滚到的上一个版本：${live} 是最早保留的版本。`
          : `没有可以回滚到的版本：${t.dir} 还没有部署过。`,
      );
    }
    // Readers of the release being left keep its scripts and search index.
    await carry(live!, back);
    await switchTo(back);
    console.log(`已回滚：${live} → ${back}`);
  } finally {
    lock.release();
  }
}

if (values.rollback) await rollback(target);
else await deploy(target, path.resolve(values.dist));
