/** One thing wrong with a content file, in the words an editor needs to fix it. */
export interface ContentProblem {
  /** Path of the file, relative to the project root. */
  file: string;
  /** The field (dotted path for nested fields), or 正文 / 文件名 for the body and the name. */
  field: string;
  /** What is wrong and what was expected, in Chinese. */
  message: string;
}

/**
 * The build's error message for content problems, grouped by file, in the same
 * format as schema errors (scripts/lib/explain-error.ts).
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
