import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/content-checks/integration.ts';
import { fieldNamesAt, schemaProblems } from '../../../src/content-checks/schema-problems.ts';
import { news, settings, toolkits } from '../../../src/schemas/index.ts';

/** A complete test news entry, as Astro reads its front matter (fixture values). */
const entry = { title: '测试新闻', date: new Date('2026-05-01'), summary: '测试摘要。' };

describe('schemaProblems: an entry against its definition', () => {
  it('returns the data as the site reads it, defaults filled in, when nothing is wrong', () => {
    expect(schemaProblems(news, entry)).toEqual({
      data: { ...entry, draft: false, category: '中心动态' },
      problems: [],
    });
  });

  it('names the field and what was expected, in the words of the definition', () => {
    const { data, problems } = schemaProblems(news, { ...entry, title: undefined, draft: 'yes' });
    expect(data).toBeUndefined();
    expect(problems).toEqual([
      { field: 'title', path: ['title'], message: '「标题」应为文字' },
      { field: 'draft', path: ['draft'], message: '「暂不公开」应为true 或 false' },
    ]);
  });

  it('gives the dotted field and the path of a field inside a list', () => {
    const { problems } = schemaProblems(toolkits, {
      ...entry,
      availability: '可下载',
      attachments: [{ title: '测试附件', file: 'uploads/a.pdf' }],
    });
    expect(problems).toEqual([
      {
        field: 'attachments.0.file',
        path: ['attachments', 0, 'file'],
        message: '「文件」应为以 / 开头的站内文件路径，例如 /uploads/xxx.jpg',
      },
    ]);
  });

  it('names a misspelt field and the names the definition has', () => {
    const { problems } = schemaProblems(news, { ...entry, summary: undefined, summry: '测试摘要。' });
    expect(problems).toEqual([
      { field: 'summary', path: ['summary'], message: '「摘要」应为文字' },
      {
        field: 'summry',
        path: ['summry'],
        message: '不认识的字段名；应为以下字段之一：title、date、summary、draft、category、source（拼写有误？）',
      },
    ]);
  });

  it('lists the field names of an object or a list item', () => {
    expect(fieldNamesAt(toolkits.fields, ['attachments', 0])).toEqual(['title', 'file']);
    expect(fieldNamesAt(settings.fields, ['contact'])).toEqual(['person', 'phones', 'wechatNote', 'email']);
    expect(fieldNamesAt(news.fields, [])).toEqual(Object.keys(news.fields));
  });
});

describe('checkContent runs the schema on every entry, once per field', () => {
  /** A content folder of its own with these files, and an empty public/. */
  function folder(files: Record<string, string>): { root: string; publicDir: string } {
    const dir = mkdtempSync(path.join(tmpdir(), 'schema-problems-'));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, 'content', name)), { recursive: true });
      writeFileSync(path.join(dir, 'content', name), text);
    }
    mkdirSync(path.join(dir, 'public'));
    return { root: path.join(dir, 'content'), publicDir: path.join(dir, 'public') };
  }

  it('reports a missing title beside a date that is no date, and the date only once', () => {
    const { root, publicDir } = folder({
      'news/a.md': '---\ndate: 下周三\nsummary: 测试摘要。\n---\n\n测试正文。\n',
      'news/b.md': '---\ntitle: 测试\ndate: 2026-05-01\nsummary: 测试摘要。\n---\n\n测试正文。\n',
    });
    const problems = checkContent(root, publicDir).map((p) => `${path.basename(p.file)} ${p.field}：${p.message}`);
    expect(problems).toEqual([
      'a.md date：「发布日期」下周三 不是真实存在的日期；应为日期，格式 YYYY-MM-DD（例如 2026-04-03）',
      'a.md title：「标题」应为文字',
    ]);
  });

  it('checks a single-file type (site settings) too', () => {
    const { root, publicDir } = folder({ 'settings/site.json': '{"siteName": "测试"}' });
    const fields = checkContent(root, publicDir).map((p) => p.field);
    expect(fields).toContain('shortName');
    expect(fields).toContain('contact');
  });
});
