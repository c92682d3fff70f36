import { describe, expect, it } from 'vitest';
import { guardSaves, SaveConflict, usedAssets, type SavingBackend } from '../../../admin/guarded-backend.ts';

/**
 * A backend over an in-memory repository: published files, and drafts (review branches)
 * by collection and slug, as the editorial workflow keeps them.
 */
class MemoryRepo implements SavingBackend {
  published = new Map<string, string>();
  drafts = new Map<string, Map<string, string>>();
  committed: string[][] = [];
  getEntry(path: string) {
    const data = this.published.get(path);
    return data === undefined ? Promise.reject(new Error('not found')) : Promise.resolve({ file: { path }, data });
  }
  unpublishedEntry({ collection, slug }: { collection?: string; slug?: string }) {
    const draft = this.drafts.get(`${collection}/${slug}`);
    if (!draft) return Promise.reject(Object.assign(new Error('not in workflow'), { notUnderEditorialWorkflow: true }));
    return Promise.resolve({ diffs: [...draft.keys()].map((path) => ({ path, id: path })) });
  }
  unpublishedEntryDataFile(collection: string, slug: string, path: string) {
    return Promise.resolve(this.drafts.get(`${collection}/${slug}`)!.get(path)!);
  }
  persistEntry(
    entry: { dataFiles: { path: string; slug: string; raw: string }[]; assets: { path: string }[] },
    opts: { useWorkflow?: boolean; collectionName?: string },
  ) {
    for (const file of entry.dataFiles) {
      if (!opts.useWorkflow) this.published.set(file.path, file.raw);
      else {
        const key = `${opts.collectionName}/${file.slug}`;
        const draft = this.drafts.get(key) ?? new Map<string, string>();
        draft.set(file.path, file.raw);
        this.drafts.set(key, draft);
      }
    }
    this.committed.push(entry.assets.map((a) => a.path));
    return Promise.resolve();
  }
}

const Guarded = guardSaves(MemoryRepo);
const PATH = 'content/news/a.md';
const file = (raw: string) => ({ path: PATH, slug: 'a', raw });
const workflow = { useWorkflow: true, collectionName: 'news' };

/** Two editors (two pages) on one repository, each opening the entry as the CMS does. */
async function twoEditors() {
  const repo = new MemoryRepo();
  repo.published.set(PATH, 'title: 原标题');
  const [a, b] = [new Guarded(), new Guarded()].map((editor) => {
    // Each page's backend object reads the one shared repository.
    Object.assign(editor, { published: repo.published, drafts: repo.drafts, committed: repo.committed });
    return editor;
  }) as [MemoryRepo & InstanceType<typeof Guarded>, MemoryRepo & InstanceType<typeof Guarded>];
  await a.getEntry(PATH);
  await b.getEntry(PATH);
  return { repo, a, b };
}

describe('saves that never overwrite silently', () => {
  it('refuses the second of two saves of one entry, on the draft branch, and writes nothing', async () => {
    const { repo, a, b } = await twoEditors();
    await a.persistEntry({ dataFiles: [file('title: 甲改的标题')], assets: [] }, workflow);
    const refused = b.persistEntry({ dataFiles: [file('title: 原标题\nsummary: 乙改的')], assets: [] }, workflow);
    await expect(refused).rejects.toBeInstanceOf(SaveConflict);
    await expect(refused).rejects.toMatchObject({ opened: 'title: 原标题', current: 'title: 甲改的标题' });
    expect(repo.drafts.get('news/a')!.get(PATH)).toBe('title: 甲改的标题');
  });

  it('refuses it on the publishing branch too, and lets an editor save twice in a row', async () => {
    const { repo, a, b } = await twoEditors();
    await a.persistEntry({ dataFiles: [file('title: 甲')], assets: [] }, {});
    await a.persistEntry({ dataFiles: [file('title: 甲，再改')], assets: [] }, {});
    await expect(b.persistEntry({ dataFiles: [file('title: 乙')], assets: [] }, {})).rejects.toThrow(
      /在你打开之后已被保存过/,
    );
    expect(repo.published.get(PATH)).toBe('title: 甲，再改');
    // Reopened, the second editor saves.
    await b.getEntry(PATH);
    await b.persistEntry({ dataFiles: [file('title: 乙')], assets: [] }, {});
    expect(repo.published.get(PATH)).toBe('title: 乙');
  });

  it('does not check a new entry', async () => {
    const { a } = await twoEditors();
    await expect(
      a.persistEntry(
        { dataFiles: [{ path: 'content/news/b.md', slug: 'b', raw: 'x' }], assets: [] },
        { newEntry: true },
      ),
    ).resolves.toBeUndefined();
  });
});

describe('only the uploads an entry uses are committed', () => {
  it('leaves out a refused file the editor replaced', async () => {
    const { repo, a } = await twoEditors();
    const assets = [
      { path: 'content/rankings/20261206-bad-c3583c.xlsx' },
      { path: 'content/rankings/20261206-good-a1b2c3.xlsx' },
    ];
    await a.persistEntry({ dataFiles: [file('dataFile: 20261206-good-a1b2c3.xlsx')], assets }, workflow);
    expect(repo.committed.at(-1)).toEqual(['content/rankings/20261206-good-a1b2c3.xlsx']);
    expect(usedAssets(assets, [file('![图](/uploads/x.png)')])).toEqual([]);
  });
});
