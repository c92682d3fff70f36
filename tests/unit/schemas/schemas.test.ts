import { load } from 'js-yaml';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataFilesOf } from '../../../src/schemas/fields.ts';
import { contentTypes, forum, news, rankings, settings, stories } from '../../../src/schemas/index.ts';
import { expected, toZod } from '../../../src/schemas/to-zod.ts';
import { ROOT } from '../../support/paths.ts';

/** Minimal front-matter reader for the test: the real content is simple YAML that Astro parses. */
function frontMatter(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  if (!match) throw new Error(`${file} has no front matter`);
  return load(match[1]!);
}

describe('content types', () => {
  it('every field has a Chinese label', () => {
    for (const type of contentTypes) {
      const walk = (fields: Record<string, { label: string; kind: string; of?: object; fields?: object }>) => {
        for (const [name, def] of Object.entries(fields)) {
          expect(def.label, `${type.name}.${name}`).toMatch(/\p{Script=Han}/u);
          if (def.of) walk(def.of as never);
          if (def.fields) walk(def.fields as never);
        }
      };
      walk(type.fields);
    }
  });

  it('the real content validates against its schema', () => {
    for (const type of contentTypes.filter((t) => !('file' in t))) {
      const dir = path.join(ROOT, 'content', type.name);
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
        const result = toZod(type).safeParse(frontMatter(path.join(dir, file)));
        expect(result.success, `${type.name}/${file}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
      }
    }
    const site: unknown = JSON.parse(readFileSync(path.join(ROOT, 'content/settings/site.json'), 'utf8'));
    expect(toZod(settings).safeParse(site).success).toBe(true);
  });

  it('rejects a missing title with a Chinese message naming the field', () => {
    const result = toZod(news).safeParse({ date: '2026-01-21', summary: '摘要' });
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => i.path[0] === 'title');
    expect(issue?.message).toBe('「标题」应为文字');
  });

  it('rejects an unknown select value, listing the allowed ones', () => {
    const result = toZod(news).safeParse({ title: 'T', date: '2026-01-21', summary: 'S', category: '谣言' });
    expect(result.error!.issues[0]!.message).toBe(`「类别」应为${expected(news.fields.category)}`);
    expect(result.error!.issues[0]!.message).toContain('通知公告');
  });

  it('rejects a Chinese town slug and a misspelt field', () => {
    const story = {
      title: '标题',
      date: '2026-05-01',
      summary: '摘要',
      province: '浙江省',
      city: '某市',
      town: '某镇',
      townSlug: '某镇',
      author: '某人',
    };
    const bad = toZod(stories).safeParse(story);
    expect(bad.error!.issues[0]!.path).toEqual(['townSlug']);
    expect(bad.error!.issues[0]!.message).toContain('小写英文字母');
    const typo = toZod(stories).safeParse({ ...story, townSlug: 'mou-zhen', titel: 'x' });
    expect(typo.success).toBe(false);
  });

  it('applies defaults: entries are published unless marked as drafts', () => {
    const parsed = toZod(news).parse({ title: 'T', date: '2026-01-21', summary: 'S' });
    expect(parsed.draft).toBe(false);
    expect(parsed.category).toBe('中心动态');
    expect(parsed.date).toBeInstanceOf(Date);
  });

  it('checks nested fields such as the forum bank account', () => {
    const result = toZod(forum).safeParse({ registration: { accountNumber: '0200 0036' } });
    const paths = result.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('registration.accountNumber');
    expect(paths).toContain('venue');
  });
});

describe('a file kept beside its entry (a ranking edition’s data file)', () => {
  it('takes the bare name of an upload with its extensions, and the folder accepts them', () => {
    const edition = { title: '测试榜单', year: 2025, slug: 'ceshi', summary: '测试', source: '测试' };
    const accepts = (dataFile: string) => toZod(rankings).safeParse({ ...edition, dataFile }).success;
    expect(accepts('20261127-mingdan-3f9a1c.xlsx')).toBe(true);
    expect(accepts('2025-500-qiang.csv')).toBe(true);
    for (const bad of ['/uploads/a.xlsx', 'rankings/a.csv', '名单.xlsx', 'a.xls', 'A.csv']) {
      expect(accepts(bad), bad).toBe(false);
    }
    expect(expected(rankings.fields.dataFile)).toContain('与本条放在同一文件夹的 .xlsx 或 .csv 文件名');
    expect(dataFilesOf(rankings)).toEqual(['.xlsx', '.csv']);
    expect(dataFilesOf(stories)).toEqual([]);
  });
});
