import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths.ts';

export interface BuildResult {
  ok: boolean;
  output: string;
}

/**
 * Run the real production build (`scripts/build.ts`) on a content folder.
 * Runs in a child process so each build starts clean, exactly as `npm run build` does.
 * LOCAL_BUILD=1 (like `npm start`): fixture builds need no CMS repository; a test of the
 * production checks passes `LOCAL_BUILD: ''`.
 */
export function buildSite(opts: { content: string; out: string; env?: Record<string, string> }): BuildResult {
  const result = spawnSync(
    process.execPath,
    [path.join(ROOT, 'scripts/build.ts'), '--out', opts.out, '--content', opts.content],
    {
      cwd: ROOT,
      encoding: 'utf8',
      // NODE_ENV: vitest sets it to 'test', which would make client bundles think they run in dev.
      // NO_COLOR: with CI=true the logger colours its output, and tests read the log lines.
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NO_COLOR: '1',
        ASTRO_TELEMETRY_DISABLED: '1',
        LOCAL_BUILD: '1',
        ...opts.env,
      },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * Make a content folder: the site's real `content/` with overlays copied on top.
 * Later overlays win; a file in an overlay replaces the real one.
 */
export function makeContent(target: string, ...overlays: string[]): string {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(path.join(ROOT, 'content'), target, { recursive: true });
  for (const overlay of overlays) cpSync(overlay, target, { recursive: true });
  return target;
}

const PREVIOUS = 'the last good build';

/**
 * An output folder holding only a marker of the "previous build", so a test can check that a
 * failed build left it alone with `previousBuildKept(out)`.
 */
export function outWithPreviousBuild(out: string): string {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'previous-build.txt'), PREVIOUS);
  return out;
}

/** Whether the marker written by `outWithPreviousBuild` is still there, unchanged. */
export function previousBuildKept(out: string): boolean {
  try {
    return readFileSync(path.join(out, 'previous-build.txt'), 'utf8') === PREVIOUS;
  } catch {
    return false;
  }
}
