import { markdownToMdast } from 'satteri';
import { bodyProblems } from './body-problems.ts';
import type { FieldProblem } from '../lib/content-problem.ts';

/**
 * Problems in a Markdown body (see `bodyProblems`), read with the build's own parser.
 * @param exists tells whether a site path such as `/uploads/a.jpg` is a file in `public/`.
 * @example checkBody('![](/uploads/a.jpg)', () => true)
 *   // [{ field: '正文', message: '第 1 行的图片 /uploads/a.jpg 缺少替代文字…' }]
 */
export function checkBody(markdown: string, exists: (sitePath: string) => boolean): FieldProblem[] {
  // Both problems need an image (`![`) or an /uploads/ address in the text: a body without
  // either is not parsed (most are not, and parsing every body is most of this check's time).
  if (!markdown.includes('![') && !markdown.includes('/uploads/')) return [];
  return bodyProblems(markdownToMdast(markdown), exists);
}
