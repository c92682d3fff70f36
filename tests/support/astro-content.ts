/**
 * In-memory collections for `vi.mock('astro:content', …)`, so the content queries
 * (src/content.ts) can be tested without a build, as Starlight's `mockedAstroContent` does.
 * Each entry's data goes through its content type's own schema first, so a test sees what
 * Astro would store (dates as dates, defaults filled in), and a test entry the build would
 * refuse fails the test at once.
 */
import yaml from 'js-yaml';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { schemaProblems } from '../../src/content-checks/schema-problems.ts';
import { contentTypes } from '../../src/schemas/index.ts';
import { ROOT } from './paths.ts';

type TypeName = (typeof contentTypes)[number]['name'];
type Data = Record<string, unknown>;

/** Test entries by collection: each an id and its front matter (or JSON) as written in a file. */
export type MockEntries = Partial<Record<TypeName, [id: string, data: Data][]>>;

interface Entry {
  id: string;
  collection: TypeName;
  data: Data;
}

/**
 * The front matter of one of the site's own content files, to start a test entry from.
 * @example seedData('forum/2026.md').title // '第二届新型城镇化与工业小镇高质量发展论坛'
 */
export function seedData(file: string): Data {
  const text = readFileSync(path.join(ROOT, 'content', file), 'utf8');
  if (file.endsWith('.json')) return JSON.parse(text) as Data;
  return yaml.load(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)![1]!) as Data;
}

/**
 * What `astro:content` exports that the queries use, over these entries only.
 * @example vi.doMock('astro:content', () => mockedAstroContent({ news: [['a', { title: '测试', … }]] }))
 */
export function mockedAstroContent(entries: MockEntries) {
  const store = new Map<string, Entry[]>();
  for (const type of contentTypes) {
    store.set(
      type.name,
      (entries[type.name] ?? []).map(([id, written]) => {
        const { data, problems } = schemaProblems(type, written);
        if (!data) throw new Error(`test entry ${type.name}/${id}: ${problems.map((p) => p.message).join('; ')}`);
        return { id, collection: type.name, data };
      }),
    );
  }
  return {
    getCollection: (collection: TypeName, filter?: (entry: Entry) => unknown) => {
      const list = store.get(collection) ?? [];
      return Promise.resolve(filter ? list.filter(filter) : list);
    },
    getEntry: (collection: TypeName, id: string) => Promise.resolve(store.get(collection)?.find((e) => e.id === id)),
  };
}
