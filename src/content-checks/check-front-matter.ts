import type { FieldDef, Fields } from '../schemas/fields.ts';
import type { FieldProblem } from '../lib/content-problem.ts';
import { isCalendarDate } from './calendar-date.ts';

/**
 * Checks the schema cannot make: dates as the editor typed them (front matter
 * parsed with YAML's JSON schema, so dates are still strings) and files that
 * front matter points to. Type and presence errors are left to the collection
 * schema, which reports them with the same format.
 * @param exists tells whether a site path such as `/uploads/a.pdf` is a file in `public/`.
 * @example checkFrontMatter({ date: '2026-13-45' }, { date: f.date('发布日期') }, () => true)
 *   // [{ field: 'date', message: '「发布日期」2026-13-45 不是真实存在的日期…' }]
 */
export function checkFrontMatter(data: unknown, fields: Fields, exists: (sitePath: string) => boolean): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const visit = (value: unknown, def: FieldDef, field: string) => {
    if (value === undefined || value === null) return;
    switch (def.kind) {
      case 'date':
        if (typeof value === 'string' && !isCalendarDate(value)) {
          problems.push({
            field,
            message: `「${def.label}」${value} 不是真实存在的日期；应为日期，格式 YYYY-MM-DD（例如 2026-04-03）`,
          });
        }
        break;
      case 'image':
      case 'file':
        if (typeof value === 'string' && value.startsWith('/') && !exists(value)) {
          problems.push({
            field,
            message: `「${def.label}」指向的文件 ${value} 不存在；应为已上传到 public${value} 的文件（在 CMS 中重新上传，或改正路径）`,
          });
        }
        break;
      case 'object':
        if (typeof value === 'object') walk(value as Record<string, unknown>, def.fields, `${field}.`);
        break;
      case 'list':
        if (Array.isArray(value)) {
          value.forEach((item, i) => {
            if (item && typeof item === 'object') walk(item as Record<string, unknown>, def.of, `${field}.${i}.`);
          });
        }
        break;
      default:
        break;
    }
  };
  const walk = (obj: Record<string, unknown>, defs: Fields, prefix: string) => {
    for (const [name, def] of Object.entries(defs)) visit(obj[name], def, `${prefix}${name}`);
  };
  if (data && typeof data === 'object') walk(data as Record<string, unknown>, fields, '');
  return problems;
}
