import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stagingDir, swapIn, sweepLeftovers } from '../../../scripts/lib/leftovers.ts';

function folder(dir: string, file = 'index.html', text = 'page'): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, file), text);
  return dir;
}

/** Run one of the module's functions in a process of its own (a build), which then exits. */
function inAnotherProcess(name: 'swapIn' | 'sweepLeftovers', ...args: string[]): unknown {
  const module = new URL('../../../scripts/lib/leftovers.ts', import.meta.url).href;
  const call = `m.${name}(...${JSON.stringify(args)})`;
  const code = `const m = await import(${JSON.stringify(module)}); console.log(JSON.stringify(${call} ?? null));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  expect(child.status, child.stderr).toBe(0);
  return JSON.parse(child.stdout);
}

/** The id of a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '0']);
  return child.pid;
}

describe('a build swaps its pages in and leaves the old ones for the next build', () => {
  it('replaces the output folder and keeps the replaced one in the cache until a sweep', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'leftovers-'));
    const cache = path.join(root, '.cache');
    const out = folder(path.join(root, 'dist'), 'index.html', 'old');
    const staging = folder(stagingDir(cache), 'index.html', 'new');

    // A build swaps in (and exits); later, another build sweeps.
    inAnotherProcess('swapIn', staging, out, cache);

    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(staging)).toBe(false);
    const retired = readdirSync(cache).filter((n) => n.startsWith('old-dist-'));
    expect(retired).toHaveLength(1);
    expect(readFileSync(path.join(cache, retired[0]!, 'index.html'), 'utf8')).toBe('old');

    expect(sweepLeftovers(cache)).toEqual(retired);
    expect(readdirSync(cache)).toEqual([]);
  });

  it('never sweeps the replaced folder while its own build runs (it may still move it back)', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'leftovers-'));
    const cache = path.join(root, '.cache');
    const out = folder(path.join(root, 'dist'), 'index.html', 'old');
    swapIn(folder(stagingDir(cache)), out, cache);
    expect(inAnotherProcess('sweepLeftovers', cache)).toEqual([]);
    expect(readdirSync(cache)).toHaveLength(1);
  });

  it('makes the output folder, with its parents, when there was none', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'leftovers-'));
    const cache = path.join(root, '.cache');
    const out = path.join(root, 'site', 'dist');
    swapIn(folder(stagingDir(cache)), out, cache);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('page');
    expect(readdirSync(cache)).toEqual([]);
  });

  it('puts the old folder back when the new one cannot take its place', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'leftovers-'));
    const cache = path.join(root, '.cache');
    mkdirSync(cache);
    const out = folder(path.join(root, 'dist'), 'index.html', 'old');
    expect(() => swapIn(path.join(cache, 'build-1-1'), out, cache)).toThrow(/ENOENT/);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('old');
    expect(readdirSync(cache)).toEqual([]);
  });

  it('sweeps what dead builds left, never a running build’s folder or the caches', () => {
    const cache = mkdtempSync(path.join(tmpdir(), 'leftovers-'));
    // Three builds that have exited: one replaced dist/, one was killed mid-step, one mid-sweep.
    const [dead, killed, sweeper] = [deadPid(), deadPid(), deadPid()];
    folder(path.join(cache, `old-dist-${dead}-1`));
    folder(path.join(cache, `build-${killed}-2`));
    folder(path.join(cache, `removing-${sweeper}-3`));
    const running = folder(stagingDir(cache));
    // Another build, still running: its staging, replaced and claimed folders stay.
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)']);
    const live = [`build-${other.pid}-4`, `old-dist-${other.pid}-5`, `removing-${other.pid}-6`];
    for (const name of live) folder(path.join(cache, name));
    folder(path.join(cache, 'og'), 'card.png');
    folder(path.join(cache, 'tests'));

    try {
      const removed = sweepLeftovers(cache);
      expect(removed.sort()).toEqual([`build-${killed}-2`, `old-dist-${dead}-1`, `removing-${sweeper}-3`]);
      expect(readdirSync(cache).sort()).toEqual([path.basename(running), ...live, 'og', 'tests'].sort());
    } finally {
      other.kill();
    }
  });

  it('keeps both folders of a build stopped between its two renames: the site is in them', () => {
    const cache = mkdtempSync(path.join(tmpdir(), 'leftovers-'));
    const dead = deadPid();
    folder(path.join(cache, `old-dist-${dead}-1`));
    folder(path.join(cache, `build-${dead}-2`));
    expect(sweepLeftovers(cache)).toEqual([]);
    expect(readdirSync(cache).sort()).toEqual([`build-${dead}-2`, `old-dist-${dead}-1`]);
  });

  it('finds nothing to do in a cache that does not exist yet', () => {
    expect(sweepLeftovers(path.join(tmpdir(), 'leftovers-none', '.cache'))).toEqual([]);
  });
});
