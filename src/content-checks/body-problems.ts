import type { Nodes, Parent } from 'mdast';
import type { FieldProblem } from '../lib/content-problem.ts';

/**
 * Problems in a Markdown body's syntax tree: images without alt text (screen-reader users
 * would hear nothing, GB/T 37668) and images or `/uploads/` links to files that do not
 * exist. Parser-free, so that the build (check-body.ts) and the CMS's body field
 * (admin/body-check.ts) each bring their own parser and say the same thing.
 * @param exists tells whether a site path such as `/uploads/a.jpg` is a file in `public/`.
 */
export function bodyProblems(tree: Nodes, exists: (sitePath: string) => boolean): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const walk = (node: Nodes) => {
    const line = node.position?.start.line ?? 0;
    if ((node.type === 'image' || node.type === 'imageReference') && !(node.alt ?? '').trim()) {
      const what = node.type === 'image' ? node.url : `[${node.identifier}]`;
      problems.push({
        field: '正文',
        message: `第 ${line} 行的图片 ${what} 缺少替代文字；应写成 ![一句话描述图片内容](${node.type === 'image' ? node.url : '…'})，供视障读者使用`,
      });
    }
    // A definition ([f]: /uploads/a.pdf) carries the address of reference-style links and images.
    if (
      (node.type === 'image' || node.type === 'link' || node.type === 'definition') &&
      node.url.startsWith('/uploads/')
    ) {
      const file = decodeURI(node.url.split(/[?#]/)[0]!);
      if (!exists(file)) {
        problems.push({
          field: '正文',
          message: `第 ${line} 行引用的文件 ${file} 不存在；应为已上传到 public${file} 的文件`,
        });
      }
    }
    if ('children' in node) for (const child of (node as Parent).children) walk(child);
  };
  walk(tree);
  return problems;
}
