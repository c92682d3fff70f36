/**
 * The last check before the CMS saves: the entry must pass the very schema check the
 * build runs (`schemaProblems`, src/content-checks/). Decap's own field checks cover most
 * of it (required, patterns, min/max); this catches what Decap cannot express, such as
 * "alt text is required once an image is chosen", so an editor can never save what the
 * build would reject.
 *
 * Pure and framework-free: vitest imports it directly.
 */
import type { ContentType, FieldDef, Fields } from '../src/schemas/fields.ts';
import { schemaProblems } from '../src/content-checks/schema-problems.ts';
import { formDefProblems } from '../src/forms/def-problems.ts';
import type { FormDef } from '../src/schemas/form.ts';
import { entryTown } from '../src/divisions/named-towns.ts';
import type { TownData } from './town-data.ts';

type Data = Record<string, unknown>;

/** Nothing filled in: blank text, an empty list, an object of such values. */
export function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value).every(isEmpty);
  return false;
}

/**
 * Drop what Decap writes for fields the editor left blank (empty strings, empty lists,
 * an optional image object with nothing chosen) so that "left blank" means "absent",
 * as the schema expects. Required fields are kept so that the schema reports them.
 * @example cleanEntry({ cover: imageWithAlt('封面') }, { cover: { src: '', alt: '' } }) // {}
 */
export function cleanEntry(fields: Fields, data: Data): Data {
  const out: Data = {};
  for (const [key, value] of Object.entries(data)) {
    const def = fields[key];
    if (!def) {
      out[key] = value;
      continue;
    }
    const optional = def.required === false || 'default' in def;
    if (optional && isEmpty(value)) continue;
    if (def.kind === 'object' && value && typeof value === 'object' && !Array.isArray(value)) {
      out[key] = cleanEntry(def.fields, value as Data);
    } else if (def.kind === 'list' && Array.isArray(value)) {
      out[key] = value.map((item: Data) => cleanEntry(def.of, item));
    } else {
      out[key] = value;
    }
  }
  return out;
}

/**
 * Where a problem is, in the words of the form: the labels of the enclosing fields and the
 * item number in a list, never the internal path (`cover.alt`).
 * @example placeOf(stories.fields, ['cover', 'alt']) // '封面图'
 * @example placeOf(forum.fields, ['contacts', 1, 'phones']) // '联系人 › 第 2 项'
 */
export function placeOf(fields: Fields, path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  let level: Fields | undefined = fields;
  // The last segment is the field the message itself names.
  for (const key of path.slice(0, -1)) {
    if (typeof key === 'number') {
      parts.push(`第 ${key + 1} 项`);
      continue;
    }
    const def: FieldDef | undefined = level?.[String(key)];
    if (!def) break;
    parts.push(def.label);
    level = def.kind === 'object' ? def.fields : def.kind === 'list' ? def.of : undefined;
  }
  return parts.join(' › ');
}

/**
 * What the build checks beyond the schema, by content type (the build runs the same
 * checks, src/content.ts): an online form's 单选 without options, or a 须晚于 /
 * 以下情况可不填 naming no field of its section, would save here and then stop the build.
 */
const BEYOND_SCHEMA: Record<string, (data: Data) => string[]> = {
  forms: (data) => formDefProblems(data as unknown as FormDef),
};

/**
 * The schema's Chinese messages for an entry, or an empty list when it is valid, each
 * with the place of the field in the form when it is inside another; then the build's
 * own checks of that type (BEYOND_SCHEMA).
 * The Markdown body is not part of the front matter schema and is left out.
 */
export function entryProblems(type: Pick<ContentType, 'name' | 'fields'>, data: Data): string[] {
  const frontMatter = { ...data };
  delete frontMatter['body'];
  const { data: valid, problems } = schemaProblems(type, cleanEntry(type.fields, frontMatter));
  if (valid) return BEYOND_SCHEMA[type.name]?.(valid) ?? [];
  return problems.map((problem) => {
    const place = placeOf(type.fields, problem.path);
    return place ? `${place}：${problem.message}` : problem.message;
  });
}

/**
 * The fields of the town an entry names, which the build checks against the official divisions
 * (a story, a library profile or project: src/divisions/named-towns.ts); none when it names none.
 * @example townFields('stories', { province: '浙江省', city: '安吉县', town: '晓峰镇' }) // ['province', 'city', 'town']
 */
export function townFields(typeName: string, data: Data): string[] {
  const named = entryTown(typeName, data);
  return named ? [named.fields.province, named.fields.county, named.fields.town] : [];
}

/**
 * The build's problem with the town an entry names, if any, as `field` (the field its part names)
 * and the build's own message, nearest official names included.
 * @example townProblem(towns, 'stories', { province: '浙江省', city: '湖州市安吉县', town: '晓峰镇' })
 *   // { field: 'town', message: '「晓峰镇」不在浙江省湖州市安吉县的官方区划中…相近的名称：孝丰镇（湖州市安吉县，330523105）…' }
 */
export function townProblem(
  towns: TownData,
  typeName: string,
  data: Data,
): { field: string; message: string } | undefined {
  const named = entryTown(typeName, data);
  if (!named) return undefined;
  const [problem] = towns.check(towns.index, towns.list, [named]).problems;
  return problem && { field: problem.field, message: problem.message };
}
