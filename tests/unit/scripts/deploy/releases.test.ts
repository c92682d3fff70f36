import { execFile, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  formatEvent,
  liveStack,
  parseHistory,
  releaseRows,
  rollbackTarget,
  type HistoryEvent,
} from '../../../../scripts/lib/deploy/history.ts';
import { asWriter, stopWriter, writing } from '../../../../scripts/lib/deploy/lock.ts';
import { finished, prunable, releaseId } from '../../../../scripts/lib/deploy/releases.ts';
import { parseTarget, rsyncShell, sh, splitCommand, sshCommand } from '../../../../scripts/lib/deploy/target.ts';

describe('releases', () => {
  it('names releases so that they sort by time', () => {
    expect(releaseId(new Date('2026-11-27T10:15:00.123Z'))).toBe('20261127T101500123Z');
    expect(finished(['20261127T101500123Z.partial', '20261126T000000000Z', 'x', '20261127T101500123Z'])).toEqual([
      '20261126T000000000Z',
      '20261127T101500123Z',
    ]);
  });

  it('prunes old releases but never the ones a rollback needs', () => {
    expect(prunable(['a', 'b', 'c', 'd'], ['d', 'c'], 2)).toEqual(['a', 'b']);
    expect(prunable(['a', 'b', 'c', 'd'], ['d', 'a'], 2)).toEqual(['b']);
    expect(prunable(['a', 'b', 'c', 'd'], ['b', undefined], 1)).toEqual(['a', 'c']);
    expect(prunable(['a', 'b'], ['b'], 5)).toEqual([]);
  });
});

const run = promisify(execFile);

/** History lines for a sequence like 'deploy a', 'rollback b', as the deploy appends them. */
const history = (...steps: string[]): HistoryEvent[] =>
  steps.map((step, i) => {
    const [action, release] = step.split(' ') as ['deploy' | 'rollback', string];
    return { at: `2026-12-06T14:0${i}:00.000Z`, action, release, commit: action === 'deploy' ? `c-${release}` : '-' };
  });

describe('deploy history', () => {
  it('rolls back along what was live, never to a withdrawn release', () => {
    // Deploy A, B, C; roll back (to B); deploy D; roll back: B, which was live before D — not C.
    const events = history('deploy a', 'deploy b', 'deploy c', 'rollback b', 'deploy d');
    expect(rollbackTarget(liveStack(events, ['a', 'b', 'c', 'd'], 'd'))).toBe('b');
    // And again: A, then nothing.
    const twice = [...events, ...history('rollback b')];
    expect(rollbackTarget(liveStack(twice, ['a', 'b', 'c', 'd'], 'b'))).toBe('a');
    const thrice = [...twice, ...history('rollback a')];
    expect(rollbackTarget(liveStack(thrice, ['a', 'b', 'c', 'd'], 'a'))).toBeUndefined();
  });

  it('reads a target deployed before the history was kept, and a hand-switched current', () => {
    expect(liveStack([], ['a', 'b', 'c'], 'c')).toEqual(['a', 'b', 'c']);
    expect(liveStack([], ['a', 'b', 'c'], 'b')).toEqual(['a', 'b']);
    expect(liveStack([], [], undefined)).toEqual([]);
    expect(liveStack(history('deploy a', 'deploy b'), ['a', 'b', 'c'], 'c')).toEqual(['a', 'b', 'c']);
    // A rollback line that disagrees with the stack wins.
    expect(liveStack(history('deploy a', 'deploy b', 'rollback c'), ['a', 'b', 'c'], 'c')).toEqual(['a', 'c']);
  });

  it('writes and reads history lines, skipping and reporting lines it cannot read', () => {
    const [event] = history('deploy a');
    const text = `${formatEvent(event!)}\nnot a line\n\n${formatEvent({ ...event!, action: 'rollback' })}\tx\n`;
    expect(parseHistory(text)).toEqual({ events: [event], skipped: [2, 4] });
  });

  it('lists the releases newest first: live, what a rollback restores, what was withdrawn', () => {
    const events = history('deploy a', 'deploy b', 'deploy c', 'rollback b', 'deploy d');
    expect(releaseRows(events, ['a', 'b', 'c', 'd', 'e'], 'd')).toEqual([
      { release: 'e', wentLive: undefined, commit: undefined, mark: undefined },
      { release: 'd', wentLive: '2026-12-06T14:04:00.000Z', commit: 'c-d', mark: 'live' },
      { release: 'c', wentLive: '2026-12-06T14:02:00.000Z', commit: 'c-c', mark: 'withdrawn' },
      { release: 'b', wentLive: '2026-12-06T14:03:00.000Z', commit: 'c-b', mark: 'rollback' },
      { release: 'a', wentLive: '2026-12-06T14:00:00.000Z', commit: 'c-a', mark: undefined },
    ]);
  });
});

describe('the writer named in the lock', () => {
  it('stops the whole process group a writer named, then nothing once the name is cleared', async () => {
    const lock = path.join(mkdtempSync(path.join(tmpdir(), 'deploy-lock-')), '.deploy.lock');
    // A writer with a child of its own, as rsync's receiver has its generator.
    const writer = spawn('sh', ['-c', asWriter(lock, `sh -c 'sleep 60 & sleep 60'`)], {
      detached: true,
      stdio: 'ignore',
    });
    while (!existsSync(lock) || !readFileSync(lock, 'utf8').trim()) await new Promise((r) => setTimeout(r, 10));
    expect(readFileSync(lock, 'utf8').trim()).toBe(String(writer.pid));
    const exited = new Promise((r) => writer.once('exit', r));

    const stop = async () => (await run('sh', ['-c', stopWriter(lock)])).stdout.trim();
    expect(await stop()).toBe(String(writer.pid));
    await exited;
    expect(() => process.kill(-writer.pid!, 0)).toThrow();
    expect(readFileSync(lock, 'utf8')).toBe('');
    expect(await stop()).toBe('');
  });

  it('clears the name when a writer is done, keeping its exit status', () => {
    const lock = path.join(mkdtempSync(path.join(tmpdir(), 'deploy-lock-')), '.deploy.lock');
    const failed = spawnSync('sh', ['-c', writing(lock, `test "$(cat ${lock})" = "$$" && false`)]);
    expect(failed.status).toBe(1);
    expect(readFileSync(lock, 'utf8')).toBe('');
    const named = spawnSync('sh', ['-c', writing(lock, `test "$(cat ${lock})" = "$$"`)]);
    expect(named.status).toBe(0);
    expect(readFileSync(lock, 'utf8')).toBe('');
  });
});

describe('deploy target', () => {
  it('is a local folder or a folder on a server', () => {
    expect(parseTarget('/srv/gyxz/')).toEqual({ host: undefined, dir: '/srv/gyxz' });
    expect(parseTarget('deploy@example.cn:/srv/gyxz')).toEqual({ host: 'deploy@example.cn', dir: '/srv/gyxz' });
    expect(() => parseTarget('srv/gyxz')).toThrow(/绝对路径/);
  });

  it('reaches a server with the ssh command RSYNC_RSH names, never asking for a password', () => {
    expect(sshCommand({})).toEqual(['ssh', '-o', 'BatchMode=yes']);
    const env = { RSYNC_RSH: `ssh -p 2222  -i "/k/deploy key" -o 'UserKnownHostsFile=/k/known hosts'` };
    expect(sshCommand(env)).toEqual([
      'ssh',
      '-p',
      '2222',
      '-i',
      '/k/deploy key',
      '-o',
      'UserKnownHostsFile=/k/known hosts',
      '-o',
      'BatchMode=yes',
    ]);
    expect(rsyncShell(env)).toBe(`${env.RSYNC_RSH} -o BatchMode=yes`);
    expect(splitCommand(`a "" b`)).toEqual(['a', '', 'b']);
    expect(() => splitCommand(`ssh -i "/k`)).toThrow(/引号没有配对/);
  });

  it('quotes shell words', () => {
    expect(sh("it's")).toBe(`'it'\\''s'`);
  });
});
