import { describe, expect, it } from 'vitest';
import { finished, prunable, releaseId, rollbackTarget } from '../../../../scripts/lib/deploy/releases.ts';
import { parseTarget, rsyncShell, sh, splitCommand, sshCommand } from '../../../../scripts/lib/deploy/target.ts';

describe('releases', () => {
  it('names releases so that they sort by time', () => {
    expect(releaseId(new Date('2026-11-27T10:15:00.123Z'))).toBe('20261127T101500123Z');
    expect(finished(['20261127T101500123Z.partial', '20261126T000000000Z', 'x', '20261127T101500123Z'])).toEqual([
      '20261126T000000000Z',
      '20261127T101500123Z',
    ]);
  });

  it('rolls back to the release before the live one, or says there is none', () => {
    expect(rollbackTarget(['a', 'b', 'c'], 'c')).toBe('b');
    expect(rollbackTarget(['a', 'b', 'c'], 'b')).toBe('a');
    expect(rollbackTarget(['a', 'b'], 'a')).toBeUndefined();
    expect(rollbackTarget([], undefined)).toBeUndefined();
  });

  it('prunes old releases but never the live one or the one before it', () => {
    expect(prunable(['a', 'b', 'c', 'd'], 'd', 2)).toEqual(['a', 'b']);
    expect(prunable(['a', 'b', 'c', 'd'], 'b', 1)).toEqual(['c']);
    expect(prunable(['a', 'b'], 'b', 5)).toEqual([]);
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
