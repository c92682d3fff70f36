/**
 * The benchmark corpus must be content the real site accepts (every entry parses
 * with the real schema and passes the pre-build content checks), varied like a
 * real archive, marked as benchmark data, and never written into content/.
 */
import { load } from 'js-yaml';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, SHARES, TITLE_MARK, toMarkdown, writeCorpus } from '../../../../scripts/bench/corpus.ts';
import { BENCH_MARKER } from '../../../../scripts/bench/prose.ts';
import { checkContent } from '../../../../src/content-checks/integration.ts';
import { toZod } from '../../../../src/schemas/to-zod.ts';
import type { ContentType } from '../../../../src/schemas/fields.ts';
import { contentTypes } from '../../../../src/schemas/index.ts';
import { ROOT } from '../../../support/paths.ts';

const entries = generateCorpus({ size: 400 });
const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/;

describe('benchmark corpus', () => {
  it('has exactly the requested number of entries, in every generated collection', () => {
    expect(entries).toHaveLength(400);
    for (const collection of Object.keys(SHARES)) {
      expect(entries.filter((e) => e.collection === collection).length, collection).toBeGreaterThan(0);
    }
  });

  it('writes front matter that the real schema of each collection accepts', () => {
    for (const entry of entries) {
      const type = (contentTypes as readonly ContentType[]).find((t) => t.name === entry.collection);
      expect(type, entry.collection).toBeDefined();
      const yaml = FRONT_MATTER.exec(toMarkdown(entry))?.[1] ?? '';
      const result = toZod(type!).safeParse(load(yaml));
      expect(result.success ? [] : result.error.issues, `${entry.collection}/${entry.id}`).toEqual([]);
    }
  });

  it('marks every entry as benchmark data', () => {
    for (const entry of entries) {
      expect(entry.body.startsWith(BENCH_MARKER)).toBe(true);
      expect(String(entry.data['title']).startsWith(TITLE_MARK)).toBe(true);
    }
  });

  it('is deterministic for a seed and different for another seed', () => {
    expect(generateCorpus({ size: 50 })).toEqual(generateCorpus({ size: 50 }));
    expect(generateCorpus({ size: 50, seed: 7 })).not.toEqual(generateCorpus({ size: 50 }));
  });

  it('is varied: few repeated sentences, a wide vocabulary, very uneven lengths', () => {
    const sentences = entries.flatMap((e) => e.body.split(/[。\n]/).filter((s) => s.length > 8));
    expect(new Set(sentences).size / sentences.length).toBeGreaterThan(0.9);
    const bigrams = new Set<string>();
    for (const e of entries) for (let i = 0; i < e.body.length - 1; i++) bigrams.add(e.body.slice(i, i + 2));
    expect(bigrams.size).toBeGreaterThan(5000);
    const lengths = entries.map((e) => e.body.length).sort((a, b) => a - b);
    expect(lengths.at(-1)! / lengths[0]!).toBeGreaterThan(10);
  });

  it('spreads stories over many provinces and towns, one slug per town', () => {
    const stories = entries.filter((e) => e.collection === 'stories').map((e) => e.data);
    expect(new Set(stories.map((s) => s['province'])).size).toBeGreaterThan(15);
    const towns = new Map<unknown, string>();
    for (const s of stories) {
      const place = `${String(s['province'])}${String(s['city'])}${String(s['town'])}`;
      expect(towns.get(s['townSlug']) ?? place).toBe(place);
      towns.set(s['townSlug'], place);
    }
    expect(towns.size).toBeGreaterThan(30);
  });
});

describe('writeCorpus', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'bench-corpus-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('refuses to write into content/', () => {
    const content = path.join(ROOT, 'content');
    expect(() => writeCorpus(entries, content, content)).toThrow(/refusing/);
    expect(() => writeCorpus(entries, path.join(content, 'bench'), content)).toThrow(/refusing/);
  });

  it('copies the real content and passes the checks the build runs first', () => {
    const out = path.join(tmp, 'corpus');
    writeCorpus(entries, out, path.join(ROOT, 'content'));
    expect(readFileSync(path.join(out, 'settings/site.json'), 'utf8')).toBe(
      readFileSync(path.join(ROOT, 'content/settings/site.json'), 'utf8'),
    );
    expect(checkContent(out, path.join(ROOT, 'public'))).toEqual([]);
  });
});
