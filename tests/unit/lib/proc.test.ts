/** The /proc readers, on real processes: `sleep` children of this test's own process. */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { childPids, commandLine, statFields, statusKb } from '../../../src/lib/proc.ts';

describe.runIf(process.platform === 'linux')('/proc', () => {
  it("finds a process's running children and reads their command line, memory and stat fields", async () => {
    const older = spawn('sleep', ['30'], { stdio: 'ignore' });
    await once(older, 'spawn');
    await sleep(50); // a later start time: clock ticks are 10 ms
    const newer = spawn('sleep', ['31'], { stdio: 'ignore' });
    await once(newer, 'spawn');
    const [a, b] = [older.pid!, newer.pid!];
    try {
      expect(childPids(process.pid)).toEqual(expect.arrayContaining([a, b]));
      expect(commandLine(b)).toEqual(['sleep', '31']);
      // The resident size first: a child just started still grows, and its peak can only have
      // reached what it held a moment before.
      const rss = statusKb(b, 'VmRSS')!;
      expect(rss).toBeGreaterThan(0);
      expect(statusKb(b, 'VmHWM')).toBeGreaterThanOrEqual(rss);
      const [olderStat, newerStat] = [statFields(a)!, statFields(b)!];
      expect(Number(newerStat[1])).toBe(process.pid); // the parent pid
      expect(Number(newerStat[19])).toBeGreaterThan(Number(olderStat[19])); // the start time
    } finally {
      older.kill();
      newer.kill();
      await Promise.all([once(older, 'exit'), once(newer, 'exit')]);
    }
    expect(childPids(process.pid)).not.toContain(b);
    expect([commandLine(b), statusKb(b, 'VmHWM'), statFields(b)]).toEqual([[], null, null]);
  });

  it('counts the stat fields from the last parenthesis, whatever the command name holds', async () => {
    // The command name is the program file's name: a link to sleep named with spaces and parentheses.
    const dir = mkdtempSync(path.join(tmpdir(), 'proc-'));
    const program = path.join(dir, 'x (y) z');
    symlinkSync(execFileSync('sh', ['-c', 'command -v sleep'], { encoding: 'utf8' }).trim(), program);
    const child = spawn(program, ['30'], { stdio: 'ignore' });
    await once(child, 'spawn');
    try {
      expect(readFileSync(`/proc/${child.pid}/stat`, 'utf8')).toContain('(x (y) z) ');
      expect(statFields(child.pid!)?.[1]).toBe(String(process.pid));
    } finally {
      child.kill();
      await once(child, 'exit');
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers nothing where there is no /proc', () => {
    expect(childPids(process.pid, '/no/such/proc')).toEqual([]);
    expect(commandLine(process.pid, '/no/such/proc')).toEqual([]);
    expect(statusKb(process.pid, 'VmRSS', '/no/such/proc')).toBeNull();
    expect(statFields(process.pid, '/no/such/proc')).toBeNull();
  });
});
