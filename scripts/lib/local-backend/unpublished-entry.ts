import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** One changed file of a draft, in the shape Decap's proxy backend reads (decap-server's `getDiffs`). */
export interface DraftDiff {
  oldPath: string;
  newPath: string;
  status: 'added' | 'deleted' | 'modified' | 'renamed';
  newFile: boolean;
  path: string;
  id: string;
  binary: boolean;
}

const STATUS = { A: 'added', D: 'deleted', M: 'modified', T: 'modified' } as const;

/**
 * A draft's changed files from `git diff --no-renames --name-status -z` and `--numstat -z`
 * of the same range. Binary files are those numstat counts as `-`, as git's patch output
 * marks them; SVG counts as binary too, as decap-server has it (Decap treats it as media).
 * @example parseDraftDiff('A\0news/a.md\0', '1\t0\tnews/a.md\0')[0] // { status: 'added', newFile: true, path: 'news/a.md', binary: false, … }
 */
export function parseDraftDiff(nameStatus: string, numstat: string): DraftDiff[] {
  const binary = new Set(
    numstat
      .split('\0')
      .map((line) => line.split('\t'))
      .filter(([added, , file]) => added === '-' && file)
      .map(([, , file]) => file!),
  );
  const fields = nameStatus.split('\0');
  const diffs: DraftDiff[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const status = STATUS[fields[i]!.charAt(0) as keyof typeof STATUS] ?? 'modified';
    const path = fields[i + 1]!;
    diffs.push({
      oldPath: status === 'added' ? '' : path,
      newPath: status === 'deleted' ? '' : path,
      status,
      newFile: status === 'added',
      path,
      id: path,
      binary: binary.has(path) || path.endsWith('.svg'),
    });
  }
  return diffs;
}

/** Decap's names for a draft's branch and its status label (decap-cms-lib-util's APIUtils). */
export const draftBranch = (collection: string, slug: string): string => `cms/${collection}/${slug}`;
const statusOf = (label: string, prefix: string | undefined) => label.slice((prefix || 'decap-cms/').length);

export interface UnpublishedEntry {
  collection: string;
  slug: string;
  status: string;
  diffs: DraftDiff[];
  updatedAt: string;
}

/**
 * What decap-server answers to `unpublishedEntry`, with the draft's changes measured from
 * where its branch left the publishing branch (`git diff branch...draft`, the merge base),
 * as the GitHub and Forgejo backends measure them (their compare API's `base...head`).
 * decap-server compares with the publishing branch's tip instead, so every entry published
 * since the draft was saved shows up in it as deleted: the draft loses its title, and its
 * deleted uploads cannot be read (decap-server answers ENOENT, the editor hangs).
 * Undefined when the draft has no branch.
 */
export async function unpublishedEntry(
  repo: string,
  branch: string,
  collection: string,
  slug: string,
  labelPrefix?: string,
): Promise<UnpublishedEntry | undefined> {
  const git = async (...args: string[]) => (await run('git', ['-C', repo, ...args], { maxBuffer: 64 << 20 })).stdout;
  const draft = draftBranch(collection, slug);
  const exists = await git('rev-parse', '--verify', '--quiet', `refs/heads/${draft}`).then(
    () => true,
    () => false,
  );
  if (!exists) return undefined;
  const range = `${branch}...${draft}`;
  const diffs = parseDraftDiff(
    await git('diff', '--name-status', '-z', '--no-renames', range),
    await git('diff', '--numstat', '-z', '--no-renames', range),
  );
  const label = await git('config', `branch.${draft}.description`).catch(() => '');
  // The draft's last save: its branch's newest commit (decap-server reads file times instead).
  const last = (await git('log', '-1', '--format=%cI', draft)).trim();
  return {
    collection,
    slug,
    status: label.trim() ? statusOf(label.trim(), labelPrefix) : '',
    diffs,
    updatedAt: new Date(last).toISOString(),
  };
}
