import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { frontmatterFormat } from '../../../admin/frontmatter-format.ts';
import { contentTypes } from '../../../src/schemas/index.ts';
import type { ContentType } from '../../../src/schemas/fields.ts';
import { toDecapType } from '../../../src/schemas/to-decap.ts';
import { ROOT } from '../../support/paths.ts';

/** Every Markdown entry of the site with the field order Decap hands the format for its type. */
function markdownEntries(): { file: string; text: string; order: string[] }[] {
  const out = [];
  for (const type of contentTypes as readonly ContentType[]) {
    if (type.file) continue;
    const dir = path.join(ROOT, 'content', type.name);
    const order = toDecapType(type).map((f) => f.name);
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
      out.push({ file: `${type.name}/${name}`, text: readFileSync(path.join(dir, name), 'utf8'), order });
    }
  }
  return out;
}

/** Keys in reverse order at every level, as an Immutable Map beyond eight keys may hand them over. */
function shuffled(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shuffled);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, shuffled(v)]),
    );
  }
  return value;
}

const changedLines = (a: string, b: string) => {
  const [x, y] = [a.split('\n'), b.split('\n')];
  expect(y.length).toBe(x.length);
  return x.filter((line, i) => line !== y[i]);
};

describe('Markdown front matter written by the CMS keeps the file as it was', () => {
  const entries = markdownEntries();

  it('every entry in content/ reads and writes back byte for byte, whatever order the keys arrive in', () => {
    expect(entries.length).toBeGreaterThan(15);
    for (const { file, text, order } of entries) {
      const data = frontmatterFormat.fromFile(text);
      expect(frontmatterFormat.toFile(data, order), file).toBe(text);
      expect(frontmatterFormat.toFile(shuffled(data) as Record<string, unknown>, order), file).toBe(text);
    }
  });

  it('an edit of one field, deep in the forum entry, changes that one line', () => {
    const forum = entries.find((e) => e.file === 'forum/2026.md')!;
    const data = structuredClone(frontmatterFormat.fromFile(forum.text)) as {
      contacts: { phones: string[] }[];
      summary: string;
    };
    data.contacts[0]!.phones[1] = '13716385866';
    expect(changedLines(forum.text, frontmatterFormat.toFile(data, forum.order))).toEqual(['      - "13716385865"']);
    // A long line with spaces is not folded (Decap's writer broke the summary in two).
    data.summary += ' 补充一句用于测试。';
    expect(changedLines(forum.text, frontmatterFormat.toFile(data, forum.order))).toHaveLength(2);
  });

  it("a new entry gets the files' layout: a blank line after the front matter, a final newline", () => {
    expect(
      frontmatterFormat.toFile({ title: '标题', date: '2026-05-12', body: '正文' }, ['title', 'date', 'body']),
    ).toBe('---\ntitle: 标题\ndate: 2026-05-12\n---\n\n正文\n');
    expect(frontmatterFormat.toFile({ title: '标题' }, ['title', 'body'])).toBe('---\ntitle: 标题\n---\n');
  });
});
