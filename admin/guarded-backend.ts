/**
 * Every backend the CMS registers (GitHub, GitLab, Forgejo, the local decap-server), with
 * two checks on each save that Decap does not make:
 *
 *  - **Nothing is overwritten silently.** Before writing, the entry's file is read again
 *    where the save would land (the review branch when there is one, else the publishing
 *    branch). If it is no longer what this editor opened — another tab, another editor or a
 *    correspondent saved it meanwhile — the save is refused (`SaveConflict`) and nothing is
 *    written. Decap itself writes whatever the form holds: two tabs on one entry, and the
 *    second save put the first one's title back without a word.
 *  - **Only files the entry uses are committed.** Decap commits every file uploaded while
 *    the entry was open, including a ranking file the field refused and the editor then
 *    replaced; such a file reached the publishing branch with the next good save.
 */

interface DataFile {
  path: string;
  slug: string;
  raw: string;
  newPath?: string;
}
interface Asset {
  path: string;
}
interface PersistOptions {
  newEntry?: boolean;
  useWorkflow?: boolean;
  collectionName?: string;
}
/** The part of Decap's backend `Implementation` these checks use. */
export interface SavingBackend {
  getEntry(path: string): Promise<{ file: { path: string }; data: string }>;
  unpublishedEntry(args: { collection?: string; slug?: string }): Promise<{ diffs: { path: string; id: string }[] }>;
  unpublishedEntryDataFile(collection: string, slug: string, path: string, id: string): Promise<string>;
  persistEntry(entry: { dataFiles: DataFile[]; assets: Asset[] }, opts: PersistOptions): Promise<unknown>;
}

/** A save refused because the file changed after it was opened; carries both versions. */
export class SaveConflict extends Error {
  constructor(
    readonly path: string,
    readonly opened: string,
    readonly current: string,
  ) {
    super(
      `保存未进行：${path} 在你打开之后已被保存过（另一个标签页、另一位编辑或通讯员）。` +
        '为了不覆盖对方的修改，这次没有写入。请重新载入，或查看对方的版本后再改。',
    );
    this.name = 'SaveConflict';
  }
}

/**
 * The uploads a save should commit: those whose file name appears in one of the entry's
 * files (upload names are unique: admin/upload-name.ts).
 * @example usedAssets([{ path: 'public/uploads/20261206-a1b2c3.png' }, { path: 'content/rankings/20261206-ffffff.xlsx' }], [{ path: 'content/stories/x.md', slug: 'x', raw: 'cover: /uploads/20261206-a1b2c3.png' }]) // [{ path: 'public/uploads/20261206-a1b2c3.png' }]
 */
export function usedAssets<A extends Asset>(assets: readonly A[], dataFiles: readonly DataFile[]): A[] {
  const name = (path: string) => path.slice(path.lastIndexOf('/') + 1);
  return assets.filter((asset) => dataFiles.some((file) => file.raw.includes(name(asset.path))));
}

const notInWorkflow = (error: unknown) =>
  Boolean(
    error && typeof error === 'object' && (error as { notUnderEditorialWorkflow?: boolean }).notUnderEditorialWorkflow,
  );

/** The backend Decap made last: the one this page reads and writes through. */
const made: { latest?: { readPublished(path: string): Promise<string | undefined> } } = {};

/**
 * A file as it is on the publishing branch, what the next build reads; undefined when it is not
 * there, or before Decap has made its backend.
 * @example await publishedFile('content/settings/new-towns.json') // '{\n  "towns": []\n}\n'
 */
export function publishedFile(path: string): Promise<string | undefined> {
  return made.latest ? made.latest.readPublished(path) : Promise.resolve(undefined);
}

// Decap constructs backends with its own arguments, passed on untouched.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type BackendClass = new (...args: any[]) => SavingBackend;

/**
 * A Decap backend class with the checks above; registered in place of the original
 * (admin/decap.ts). `onConflict` is told of a refused save before Decap is (its toast).
 */
export function guardSaves(Backend: unknown, onConflict?: (conflict: SaveConflict) => void): BackendClass {
  const Base = Backend as BackendClass;
  return class GuardedBackend extends Base {
    /** Each file as this page last read or wrote it: what the editor has open. */
    readonly opened = new Map<string, string>();

    constructor(...args: unknown[]) {
      super(...args);
      made.latest = this;
    }

    /** The file on the publishing branch, not recorded as opened: the editor has not opened it. */
    async readPublished(path: string): Promise<string | undefined> {
      try {
        return (await super.getEntry(path)).data;
      } catch {
        return undefined;
      }
    }

    override async getEntry(path: string) {
      const entry = await super.getEntry(path);
      this.opened.set(entry.file.path, entry.data);
      return entry;
    }

    override async unpublishedEntryDataFile(collection: string, slug: string, path: string, id: string) {
      const raw = await super.unpublishedEntryDataFile(collection, slug, path, id);
      this.opened.set(path, raw);
      return raw;
    }

    /** The file as it is now where this save would write it, or undefined when there is none. */
    async stored(path: string, slug: string, opts: PersistOptions): Promise<string | undefined> {
      if (opts.useWorkflow && opts.collectionName) {
        try {
          const draft = await super.unpublishedEntry({ collection: opts.collectionName, slug });
          const diff = draft.diffs.find((d) => d.path === path);
          if (diff) return await super.unpublishedEntryDataFile(opts.collectionName, slug, path, diff.id);
        } catch (error) {
          if (!notInWorkflow(error)) throw error;
        }
      }
      return this.readPublished(path);
    }

    override async persistEntry(entry: { dataFiles: DataFile[]; assets: Asset[] }, opts: PersistOptions) {
      if (!opts.newEntry) {
        for (const file of entry.dataFiles) {
          const opened = this.opened.get(file.path);
          if (opened === undefined) continue;
          const current = await this.stored(file.path, file.slug, opts);
          if (current !== undefined && current !== opened) {
            const conflict = new SaveConflict(file.path, opened, current);
            onConflict?.(conflict);
            throw conflict;
          }
        }
      }
      const result = await super.persistEntry({ ...entry, assets: usedAssets(entry.assets, entry.dataFiles) }, opts);
      for (const file of entry.dataFiles) this.opened.set(file.newPath ?? file.path, file.raw);
      return result;
    }
  };
}
