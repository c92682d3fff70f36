/**
 * What a build leaves in `.cache/` for the next one to remove: the output folder it replaced,
 * and the staging folder of a build that was killed before it could clean up.
 *
 * Removing a site's folder takes time (0.5–2.5 s for the 6,600 files of a 1,000-entry build on
 * this machine's disk), and the build could only do it after the new one was in place, at
 * the very end. So `swapIn` moves the replaced folder aside, and the next build's
 * `sweepLeftovers` removes it while Astro starts in another process, with a core to spare.
 */
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * Folders a build leaves, each named with the process that made it, and swept only once that
 * process has gone: a replaced output folder (its build may still need to move it back), a
 * build's staging folder, and a folder a sweep has claimed and is removing.
 */
const LEFTOVER = /^(?:old-dist|build|removing)-(\d+)-\d+$/;

/** Where a build writes its pages before they replace the output folder. */
export function stagingDir(cacheDir: string): string {
  return path.join(cacheDir, `build-${process.pid}-${Date.now()}`);
}

/**
 * Replace the output folder with a finished build's staging folder. The folder it replaces is
 * moved into `cacheDir` (the staging folder's file system) for the next build to remove, and
 * moved back if the staging folder cannot take its place.
 */
export function swapIn(staging: string, out: string, cacheDir: string): void {
  const retired = path.join(cacheDir, `old-dist-${process.pid}-${Date.now()}`);
  let moved = false;
  try {
    renameSync(out, retired);
    moved = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  try {
    mkdirSync(path.dirname(out), { recursive: true });
    renameSync(staging, out);
  } catch (error) {
    if (moved) renameSync(retired, out); // its name holds our pid: no sweep takes it while we run
    throw error;
  }
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Remove replaced output folders, staging folders and claimed folders whose process has gone.
 * Builds may run side by side (tests, benchmark): each folder is first claimed by renaming it,
 * which only one of them can do, so no two remove the same files. Returns the names removed.
 */
export function sweepLeftovers(cacheDir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(cacheDir);
  } catch {
    return [];
  }
  // A build stopped between its two renames leaves both its old dist/ and its finished pages:
  // the site is in them, so neither is removed (someone has to move one back by hand).
  const owners = (prefix: string) =>
    new Set(names.filter((n) => n.startsWith(prefix)).map((n) => LEFTOVER.exec(n)?.[1]));
  const staged = owners('build-');
  const interrupted = new Set([...owners('old-dist-')].filter((pid) => staged.has(pid)));
  const removed: string[] = [];
  for (const [i, name] of names.entries()) {
    const owner = LEFTOVER.exec(name)?.[1];
    if (!owner || interrupted.has(owner) || alive(Number(owner))) continue;
    const claimed = path.join(cacheDir, `removing-${process.pid}-${i}`);
    try {
      renameSync(path.join(cacheDir, name), claimed);
    } catch {
      continue; // another build claimed it first
    }
    rmSync(claimed, { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}
