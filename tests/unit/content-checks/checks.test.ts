import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../../src/content-checks/calendar-date.ts';
import path from 'node:path';
import { reservedRootNames } from '../../../src/content-checks/integration.ts';
import { checkContentTree } from '../../../src/content-checks/check-content-tree.ts';
import { ROOT } from '../../support/paths.ts';
import { formatProblems } from '../../../src/lib/content-problem.ts';
import { checkBody } from '../../../src/content-checks/check-body.ts';

describe('isCalendarDate', () => {
  it.each(['2026-04-03', '2024-02-29', '2026-04-03T09:00', '2026-04-03 14:30:00+08:00'])('accepts %s', (d) => {
    expect(isCalendarDate(d)).toBe(true);
  });
  it.each(['2026-13-45', '2026-02-29', '2026-04-31', '2026-00-10', '2026-4-3', '下周三', '2026-04-03T25:00'])(
    'refuses %s',
    (d) => expect(isCalendarDate(d)).toBe(false),
  );
});

describe('reserved page names', () => {
  it('refuses a standalone page that would replace a section or a route', () => {
    const reserved = reservedRootNames(path.join(ROOT, 'src/pages'), path.join(ROOT, 'public'));
    for (const name of [
      'news',
      'stories',
      'forum',
      'search',
      'share',
      'admin',
      'forms',
      'og',
      'pagefind',
      'uploads',
      'rss.xml',
    ]) {
      expect(reserved, name).toContain(name);
    }
    expect(reserved).not.toContain('about');
    const problems = checkContentTree(
      ['pages/news.md', 'pages/about.md'],
      [{ name: 'pages', extensions: ['.md'], reserved }],
      (f) => f,
    );
    expect(problems).toEqual([
      {
        file: 'pages/news.md',
        field: '文件名',
        message: '「news」与网站已有的网址 /news/ 相同，会覆盖它；请换一个文件名',
      },
    ]);
  });
});

describe('checkContentTree', () => {
  const rules = [
    { name: 'news', extensions: ['.md', '.mdx'] },
    { name: 'stories', extensions: ['.md'] },
  ];
  it('names each problem file with the field and what was expected', () => {
    const problems = checkContentTree(
      [
        'README.md',
        'news/.gitkeep',
        'news/a.md',
        'news/a.mdx',
        'news/新闻.md',
        'blog/x.md',
        'stories/s.mdx',
        'news/ok.md',
      ],
      rules,
      (f) => `content/${f}`,
    );
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual([
      'content/blog/x.md 栏目',
      'content/news/a.mdx 文件名',
      'content/news/新闻.md 文件名',
      'content/stories/s.mdx 文件类型',
    ]);
    expect(formatProblems(problems)).toMatch(/^内容有误：content\/blog\/x\.md\n {2}字段 栏目：/);
  });
});

describe('checkBody', () => {
  const none = () => false;
  it('finds images without alt text, inline and by reference, with their line', () => {
    const body = '第一段。\n\n![](/images/a.png)\n\n![ ][logo]\n\n[logo]: /images/logo.png\n';
    expect(checkBody(body, () => true).map((p) => p.message)).toEqual([
      expect.stringMatching(/^第 3 行的图片 \/images\/a\.png 缺少替代文字/),
      expect.stringMatching(/^第 5 行的图片 \[logo\] 缺少替代文字/),
    ]);
  });
  it('finds links and images to /uploads/ files that do not exist, also by reference', () => {
    const body = '见[通知](/uploads/tongzhi.pdf)和[附件][f]。\n\n[f]: /uploads/fujian.xlsx\n';
    expect(checkBody(body, none).map((p) => p.message)).toEqual([
      expect.stringContaining('/uploads/tongzhi.pdf 不存在'),
      expect.stringContaining('/uploads/fujian.xlsx 不存在'),
    ]);
    expect(checkBody(body, (f) => f.startsWith('/uploads/'))).toEqual([]);
  });
  it('accepts a body with neither images nor uploads', () => {
    expect(checkBody('# 标题\n\n正文，[链接](https://example.cn/)。', none)).toEqual([]);
  });
});
