import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { draftBranch } from './unpublished-entry.ts';

const run = promisify(execFile);

/**
 * A file as a draft's branch has it, read from git's objects (`git cat-file`), or undefined
 * when the branch has no such file. decap-server reads a draft's files by checking its branch
 * out and back again, one request at a time: the workflow board, which reads every draft's
 * files at once, waited for two checkouts per draft.
 * @example await draftFile('/tmp/clone', 'stories', '2026-05-12-x', 'content/stories/2026-05-12-x.md') // <Buffer …>
 */
export async function draftFile(
  repo: string,
  collection: string,
  slug: string,
  file: string,
): Promise<Buffer | undefined> {
  const object = `${draftBranch(collection, slug)}:${file.replace(/^\.?\//, '')}`;
  try {
    const { stdout } = await run('git', ['-C', repo, 'cat-file', 'blob', object], {
      encoding: 'buffer',
      maxBuffer: 256 << 20,
    });
    return stdout;
  } catch {
    return undefined;
  }
}

/** A media file in the shape decap-server answers it (its `readMediaFile`): id is the content's SHA-256. */
export function mediaFileAnswer(file: string, content: Buffer) {
  return {
    id: createHash('sha256').update(content).digest('hex'),
    content: content.toString('base64'),
    encoding: 'base64' as const,
    path: file.replace(/\\/g, '/'),
    name: path.basename(file),
  };
}
