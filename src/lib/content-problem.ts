/**
 * The shape of every content message: the content checks (src/content-checks/), the ranking
 * rows (src/rankings/) and the CMS all report in it. It sits in src/lib/ because all three
 * import it; the rules for writing a message are in src/content-checks/README.md.
 */

/** A problem in one field; the caller adds the file. */
export interface FieldProblem {
  /**
   * The field (dotted path for nested fields), or 正文 / 文件名 for the body and the name; in a
   * ranking's data file the row and column (第 3 行「名次」), 第 1 行（表头） or 数据文件.
   */
  field: string;
  /** What is wrong and what was expected, in Chinese. */
  message: string;
}

/** One thing wrong with a content file, in the words an editor needs to fix it. */
export interface ContentProblem extends FieldProblem {
  /** Path of the file, relative to the project root. */
  file: string;
}

/**
 * The build's error message for content problems, grouped by file.
 * @example formatProblems([{ file: 'content/news/a.md', field: 'date', message: '…' }])
 *   // '内容有误：content/news/a.md\n  字段 date：…'
 */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const byFile = new Map<string, string[]>();
  for (const p of problems) {
    const lines = byFile.get(p.file) ?? [];
    lines.push(`  字段 ${p.field}：${p.message}`);
    byFile.set(p.file, lines);
  }
  return [...byFile].map(([file, lines]) => [`内容有误：${file}`, ...lines].join('\n')).join('\n\n');
}
