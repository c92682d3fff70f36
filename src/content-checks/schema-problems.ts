import type { FieldProblem } from '../lib/content-problem.ts';
import type { ContentType, Fields, InferFields } from '../schemas/fields.ts';
import { toZod } from '../schemas/to-zod.ts';

/** A schema problem, with where its field is as keys and list positions. */
export interface SchemaProblem extends FieldProblem {
  /** `['attachments', 0, 'file']` for the field `attachments.0.file`. */
  path: readonly (string | number)[];
}

type Definition = Pick<ContentType, 'fields'>;
type Schema = ReturnType<typeof toZod<Definition>>;

// A schema is compiled once per content type, not once per entry: a build checks thousands.
const compiled = new WeakMap<Definition, Schema>();

/**
 * The field names one level of a definition allows at `path` (inside objects and list items).
 * @example fieldNamesAt(toolkits.fields, ['attachments', 0]) // ['title', 'file']
 */
export function fieldNamesAt(fields: Fields, path: readonly (string | number)[]): string[] {
  let level: Fields | undefined = fields;
  for (const key of path) {
    if (typeof key === 'number') continue;
    const def: Fields[string] | undefined = level?.[key];
    level = def?.kind === 'object' ? def.fields : def?.kind === 'list' ? def.of : undefined;
  }
  return Object.keys(level ?? {});
}

/**
 * An entry's data (its front matter, or its JSON) checked against its content type's own
 * definition, compiled by `toZod`: the one schema check, shared by the build
 * (integration.ts) and the CMS's save check (admin/validate.ts). Each problem names the
 * field and what was expected in Chinese, in the words of the definition; the caller adds
 * the file. A field name the definition does not have is reported by name, with the names
 * it does have (a misspelt optional field would otherwise be dropped without a word).
 * @returns the data as the site reads it (defaults filled in) when there is no problem.
 * @example schemaProblems(news, { title: '标题', date: '2026-05-01', summry: '…' }).problems
 *   // [{ field: 'summary', path: ['summary'], message: '「摘要」应为文字' },
 *   //  { field: 'summry', path: ['summry'], message: '不认识的字段名；应为以下字段之一：title、date、…（拼写有误？）' }]
 */
export function schemaProblems<T extends Definition>(
  type: T,
  data: unknown,
): { data?: InferFields<T['fields']>; problems: SchemaProblem[] } {
  let schema = compiled.get(type);
  if (!schema) compiled.set(type, (schema = toZod(type)));
  const result = schema.safeParse(data);
  if (result.success) return { data: result.data as InferFields<T['fields']>, problems: [] };
  return {
    problems: result.error.issues.flatMap((issue) => {
      const path = issue.path.map((key) => (typeof key === 'number' ? key : String(key)));
      if (issue.code !== 'unrecognized_keys') return [{ field: path.join('.'), path, message: issue.message }];
      const names = fieldNamesAt(type.fields, path).join('、');
      return issue.keys.map((key) => ({
        field: [...path, key].join('.'),
        path: [...path, key],
        message: `不认识的字段名；应为以下字段之一：${names}（拼写有误？）`,
      }));
    }),
  };
}
