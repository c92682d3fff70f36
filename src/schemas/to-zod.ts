/**
 * The Astro side of a content type: its field definitions compiled to the Zod schema the
 * collection validates with, with Chinese messages that name the field and what was expected.
 * The CMS side is `to-decap.ts`; both read the same definitions in `fields.ts`.
 */
import { z } from 'astro/zod';
import { besidePattern, type ContentType, type FieldDef, type Fields, type InferFields } from './fields.ts';
import { patterns } from './patterns.ts';

/** Chinese description of what a field expects, used in every error message. */
export function expected(def: FieldDef): string {
  switch (def.kind) {
    case 'string':
    case 'text':
      return 'pattern' in def && def.pattern ? def.pattern.message : '文字';
    case 'date':
      return '日期，格式 YYYY-MM-DD';
    case 'boolean':
      return 'true 或 false';
    case 'number':
      return def.integer ? '整数' : '数字';
    case 'select':
      return `以下之一：${def.options.join('、')}`;
    case 'file':
      if (def.beside) return besidePattern(def.beside).message;
      return '以 / 开头的站内文件路径，例如 /uploads/xxx.jpg';
    case 'image':
      return '以 / 开头的站内文件路径，例如 /uploads/xxx.jpg';
    case 'list':
      return '列表';
    case 'strings':
      return '文字列表';
    case 'object':
      return '包含若干子字段的对象';
  }
}

function message(def: FieldDef): string {
  return `「${def.label}」应为${expected(def)}`;
}

function fieldToZod(def: FieldDef): z.ZodType {
  const error = message(def);
  let schema: z.ZodType;
  switch (def.kind) {
    case 'string':
    case 'text': {
      let s = z.string({ error }).trim();
      if (def.required !== false) s = s.min(1, { error: `「${def.label}」不能为空` });
      if (def.maxLength) s = s.max(def.maxLength, { error: `「${def.label}」不能超过 ${def.maxLength} 个字` });
      if (def.kind === 'string' && def.pattern) {
        const p = def.pattern;
        schema = s.refine((v) => v === '' || p.regex.test(v), { error: `「${def.label}」${p.message}` });
      } else schema = s;
      break;
    }
    case 'date':
      schema = z.coerce.date({ error });
      break;
    case 'boolean':
      schema = z.boolean({ error });
      break;
    case 'number': {
      let n = z.number({ error });
      if (def.integer) n = n.int({ error });
      if (def.min !== undefined) n = n.min(def.min, { error: `「${def.label}」不能小于 ${def.min}` });
      if (def.max !== undefined) n = n.max(def.max, { error: `「${def.label}」不能大于 ${def.max}` });
      schema = n;
      break;
    }
    case 'select': {
      const one = z.enum(def.options as [string, ...string[]], { error });
      schema = def.multiple ? z.array(one, { error }) : one;
      break;
    }
    case 'image':
    case 'file': {
      const path = def.kind === 'file' && def.beside ? besidePattern(def.beside) : patterns.sitePath;
      schema = z.string({ error }).regex(path.regex, { error });
      break;
    }
    case 'list': {
      let a = z.array(toZodObject(def.of), { error });
      if (def.min) a = a.min(def.min, { error: `「${def.label}」至少需要 ${def.min} 项` });
      schema = a;
      break;
    }
    case 'strings': {
      let a = z.array(z.string({ error: `「${def.label}」的每一项应为文字` }).min(1), { error });
      if (def.min) a = a.min(def.min, { error: `「${def.label}」至少需要 ${def.min} 项` });
      schema = a;
      break;
    }
    case 'object':
      schema = toZodObject(def.fields, error);
      break;
  }
  if ('default' in def && def.default !== undefined) return schema.default(def.default as never);
  if (def.required === false) return schema.optional();
  return schema;
}

function toZodObject(fields: Fields, error?: string) {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, def] of Object.entries(fields)) shape[name] = fieldToZod(def);
  // strict: a misspelt field name is an error, not silently ignored.
  return z.strictObject(shape, error ? { error } : undefined);
}

/** The Astro collection schema of a content type, typed from its definition. */
export function toZod<T extends Pick<ContentType, 'fields'>>(type: T): z.ZodType<InferFields<T['fields']>> {
  return toZodObject(type.fields) as unknown as z.ZodType<InferFields<T['fields']>>;
}
