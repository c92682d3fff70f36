/**
 * Bad content stops the build. Each folder in tests/fixtures/bad is copied over
 * the real content and built with the real production build: the build must
 * fail, print which file and which field is wrong and what was expected, and
 * leave the previous output folder untouched (a marker file survives).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, makeContent, outWithPreviousBuild, previousBuildKept } from '../support/build-site.ts';
import { ROOT, TEST_CACHE } from '../support/paths.ts';

interface Case {
  /** Folder under tests/fixtures/bad. */
  name: string;
  /** The file the message must name, relative to the content folder. */
  file: string;
  /** The field the message must name. */
  field: string;
  /** What the message must say was expected. */
  expected: string;
}

const CASES: Case[] = [
  { name: 'missing-title', file: 'news/fixture-bad-missing-title.md', field: 'title', expected: '「标题」应为文字' },
  { name: 'wrong-type', file: 'news/fixture-bad-wrong-type.md', field: 'draft', expected: 'true 或 false' },
  {
    name: 'impossible-date',
    file: 'news/fixture-bad-date.md',
    field: 'date',
    expected: '2026-13-45 不是真实存在的日期',
  },
  { name: 'leap-day', file: 'news/fixture-bad-leap-day.md', field: 'date', expected: '格式 YYYY-MM-DD' },
  { name: 'not-a-date', file: 'news/fixture-bad-not-a-date.md', field: 'date', expected: '格式 YYYY-MM-DD' },
  { name: 'unknown-section', file: 'blog/fixture-bad-section.md', field: '栏目', expected: '应放在以下文件夹之一' },
  { name: 'duplicate-slug', file: 'news/fixture-bad-dup.mdx', field: '文件名', expected: 'news/fixture-bad-dup.md' },
  { name: 'non-ascii-name', file: 'news/测试新闻.md', field: '文件名', expected: '只能用小写英文字母、数字和连字符' },
  {
    name: 'missing-image',
    file: 'stories/fixture-bad-missing-cover.md',
    field: 'cover.src',
    expected: '/uploads/fixture-missing-cover.jpg 不存在',
  },
  {
    name: 'missing-file',
    file: 'toolkits/fixture-bad-missing-file.md',
    field: 'attachments.0.file',
    expected: '/uploads/fixture-missing.pdf 不存在',
  },
  { name: 'missing-alt', file: 'stories/fixture-bad-missing-alt.md', field: '正文', expected: '缺少替代文字' },
  { name: 'unknown-province', file: 'stories/fixture-bad-province.md', field: 'province', expected: '四川省' },
  { name: 'story-as-mdx', file: 'stories/fixture-bad-story.mdx', field: '文件类型', expected: '纯 Markdown（.md）' },
  { name: 'misspelt-field', file: 'news/fixture-bad-misspelt.md', field: 'summary', expected: '「摘要」应为文字' },
];

describe('bad content stops the build with a file-and-field message', () => {
  it('every fixture folder has a case', () => {
    const folders = readdirNames(path.join(ROOT, 'tests/fixtures/bad'));
    expect(folders.sort()).toEqual(CASES.map((c) => c.name).sort());
  });

  it.each(CASES)('$name: $file, field $field', ({ name, file, field, expected }) => {
    const dir = path.join(TEST_CACHE, 'bad', name);
    const content = makeContent(path.join(dir, 'content'), path.join(ROOT, 'tests/fixtures/bad', name));
    const out = path.join(dir, 'dist');
    outWithPreviousBuild(out);

    const result = buildSite({ content, out, env: { ASTRO_LOG: 'silent' } });

    expect(result.ok, result.output).toBe(false);
    const shown = path.relative(ROOT, path.join(content, file));
    const block = result.output.slice(result.output.indexOf(`内容有误：${shown}`));
    expect(result.output, result.output).toContain(`内容有误：${shown}`);
    expect(block, result.output).toMatch(new RegExp(`\\n  字段 ${escape(field)}：[^\\n]*${escape(expected)}`));
    expect(previousBuildKept(out)).toBe(true);
    expect(existsSync(path.join(out, 'index.html'))).toBe(false);
  });
});

function readdirNames(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
