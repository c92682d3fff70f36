import { describe, expect, it } from 'vitest';
import { plainExcerpt } from '../../../admin/plain-excerpt.ts';

describe('plainExcerpt: a workflow card shows text, not Markdown', () => {
  it('drops headings, links, lists, emphasis and code marks', () => {
    const body = [
      '## 邀请函',
      '',
      '各有关单位：**诚挚邀请**您参加，见`附件`。',
      '',
      '1. [参会回执表](/toolkits/canhui-huizhibiao/)',
      '- ![现场照片](/uploads/a.png)',
      '> 引用',
    ].join('\n');
    expect(plainExcerpt(body)).toBe('邀请函 各有关单位：诚挚邀请您参加，见附件。 参会回执表 现场照片 引用');
  });
  it('drops HTML: tags, a script or style with its content, comments; an image keeps its alt text', () => {
    const body = [
      '测试正文开头。',
      '',
      '![测试图片](/uploads/20261206-c3583c.png "标题")',
      '',
      '<script>alert("测试")</script><style>p { color: red }</style><!-- 注释 -->',
      '<b>加粗</b>结尾<script>未闭合',
    ].join('\n');
    expect(plainExcerpt(body)).toBe('测试正文开头。 测试图片 加粗 结尾');
  });
  it('shortens a long body and treats a missing one as empty', () => {
    expect(plainExcerpt('字'.repeat(200), 10)).toBe(`${'字'.repeat(10)}…`);
    expect(plainExcerpt(undefined)).toBe('');
  });
  it('leaves plain text and table cells readable', () => {
    expect(plainExcerpt('| 房型 | 价格 |\n| --- | --- |\n| 标间 | 680 |')).toBe('房型 价格 标间 680');
  });
});
