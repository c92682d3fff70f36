/**
 * Hashes of project files, and one key over many of them: what the build's caches are keyed by
 * (the CMS bundle, admin/integration.ts; Astro's data store, src/lib/build-cache.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * sha256 of a project file's bytes, or `missing`.
 * @example await hashFile('/repo', 'admin/cms.ts') // '9b1e…'
 */
export async function hashFile(root: string, file: string): Promise<string> {
  const full = path.join(root, file);
  return existsSync(full)
    ? createHash('sha256')
        .update(await readFile(full))
        .digest('hex')
    : 'missing';
}

/** The current hash of each file. */
export async function hashFiles(root: string, files: readonly string[]): Promise<Record<string, string>> {
  return Object.fromEntries(await Promise.all(files.map(async (f) => [f, await hashFile(root, f)] as const)));
}

/**
 * One hash over files' paths and hashes, in path order (so the order they were listed in does not matter).
 * @example inputsKey({ 'admin/cms.ts': '9b1e…' }) // '3f9c…' (sha256, hex)
 */
export function inputsKey(inputs: Readonly<Record<string, string>>): string {
  const hash = createHash('sha256');
  for (const file of Object.keys(inputs).sort()) hash.update(`${file}\0${inputs[file]}\0`);
  return hash.digest('hex');
}
