/**
 * The one field vocabulary of the site.
 *
 * Every content type is written once with these builders. `toZod()` turns a
 * definition into the Astro collection schema and `admin/` turns the same
 * definition into Decap CMS fields, so the two can never drift apart.
 * Labels and hints are Chinese because editors read them in the CMS.
 */
import { z } from 'astro/zod';

interface Common {
  /** 中文字段名，CMS 中显示。 */
  label: string;
  /** 中文填写说明，CMS 中显示在字段下方。 */
  hint?: string;
  /** 是否必填；默认必填。 */
  required?: boolean;
}

/** A named regular expression with the Chinese message editors see when it fails. */
export interface Pattern {
  regex: RegExp;
  message: string;
}

export type FieldDef =
  | (Common & { kind: 'string'; pattern?: Pattern; default?: string; maxLength?: number })
  | (Common & { kind: 'text'; maxLength?: number })
  | (Common & { kind: 'date' })
  | (Common & { kind: 'boolean'; default: boolean })
  | (Common & { kind: 'number'; default?: number; min?: number; max?: number; integer?: boolean })
  | (Common & { kind: 'select'; options: readonly string[]; default?: string; multiple?: boolean })
  | (Common & { kind: 'image' })
  | (Common & { kind: 'file' })
  | (Common & { kind: 'list'; of: Fields; min?: number; summary?: string })
  | (Common & { kind: 'strings'; min?: number })
  | (Common & { kind: 'object'; fields: Fields });

export type Fields = Readonly<Record<string, FieldDef>>;

/** A whole content type: its fields plus what the CMS needs to know about it. */
export interface ContentType {
  /** Collection name, also the folder under `content/`. */
  name: string;
  /** 中文名称（复数/栏目名）。 */
  label: string;
  /** 中文名称（单条）。 */
  labelSingular: string;
  /** 栏目说明，CMS 中显示。 */
  description: string;
  fields: Fields;
  /** Whether entries have a Markdown body. */
  body: boolean;
  /**
   * File name (and so URL) of an entry created in the CMS, as a Decap slug template. `{{year}}` etc.
   * come from the entry's own `date` field. Default: the date, plus the type's ASCII slug field if any.
   */
  fileName?: string;
}

// ----------------------------------------------------------------------------
// Shared patterns. Each says, in Chinese, what is expected.

export const patterns = {
  slug: {
    regex: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    message: '只能用小写英文字母、数字和连字符（例如 2026-luntan 或 anji-xian），不能用汉字或空格',
  },
  email: {
    regex: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
    message: '请填写有效的电子邮箱，例如 name@example.com',
  },
  phone: {
    regex: /^(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/,
    message: '请填写 11 位手机号，或带区号的固定电话（例如 010-67410624）',
  },
  url: {
    regex: /^https?:\/\/[^\s]+$/,
    message: '请填写以 http:// 或 https:// 开头的完整网址',
  },
  sitePath: {
    regex: /^\/[^\s]*$/,
    message: '请填写以 / 开头的站内路径，例如 /uploads/file.pdf',
  },
} as const satisfies Record<string, Pattern>;

// ----------------------------------------------------------------------------
// Builders: short, typed, and they keep definitions readable.

type Opts<K extends FieldDef['kind']> = Omit<Extract<FieldDef, { kind: K }>, 'kind' | 'label'>;
/** No options given. */
type NoOpts = Record<never, never>;
type Built<K extends FieldDef['kind'], O> = { kind: K; label: string } & O;

// `const` type parameters keep literals (`required: false`, select options) so
// that `InferFields` can derive the exact TypeScript type of each collection.
export const f = {
  string: <const O extends Opts<'string'> = NoOpts>(label: string, o?: O) =>
    ({ kind: 'string', label, ...o }) as Built<'string', O>,
  text: <const O extends Opts<'text'> = NoOpts>(label: string, o?: O) =>
    ({ kind: 'text', label, ...o }) as Built<'text', O>,
  date: <const O extends Opts<'date'> = NoOpts>(label: string, o?: O) =>
    ({ kind: 'date', label, ...o }) as Built<'date', O>,
  boolean: <const O extends Opts<'boolean'>>(label: string, o: O) =>
    ({ kind: 'boolean', label, ...o }) as Built<'boolean', O>,
  number: <const O extends Opts<'number'> = NoOpts>(label: string, o?: O) =>
    ({ kind: 'number', label, ...o }) as Built<'number', O>,
  select: <const O extends Opts<'select'>>(label: string, o: O) =>
    ({ kind: 'select', label, ...o }) as Built<'select', O>,
  image: <const O extends Opts<'image'> = NoOpts>(label: string, o?: O) =>
    ({ kind: 'image', label, ...o }) as Built<'image', O>,
  file: <const O extends Opts<'file'> = NoOpts>(label: string, o?: O) =>
    ({ kind: 'file', label, ...o }) as Built<'file', O>,
  list: <const O extends Opts<'list'>>(label: string, o: O) => ({ kind: 'list', label, ...o }) as Built<'list', O>,
  strings: <const O extends Opts<'strings'> = NoOpts>(label: string, o?: O) =>
    ({ kind: 'strings', label, ...o }) as Built<'strings', O>,
  object: <const O extends Opts<'object'>>(label: string, o: O) =>
    ({ kind: 'object', label, ...o }) as Built<'object', O>,
};

// ----------------------------------------------------------------------------
// Types derived from definitions: no parallel interfaces.

type Value<D> = D extends { kind: 'string' | 'text' | 'image' | 'file' }
  ? string
  : D extends { kind: 'date' }
    ? Date
    : D extends { kind: 'boolean' }
      ? boolean
      : D extends { kind: 'number' }
        ? number
        : D extends { kind: 'select'; options: readonly (infer V)[]; multiple: true }
          ? V[]
          : D extends { kind: 'select'; options: readonly (infer V)[] }
            ? V
            : D extends { kind: 'list'; of: infer F }
              ? InferFields<F>[]
              : D extends { kind: 'strings' }
                ? string[]
                : D extends { kind: 'object'; fields: infer F }
                  ? InferFields<F>
                  : never;

type IsOptional<D> = D extends { default: unknown } ? false : D extends { required: false } ? true : false;
type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** The TypeScript type of an entry's data, derived from its field definitions. */
export type InferFields<F> = Simplify<
  { [K in keyof F as IsOptional<F[K]> extends true ? never : K]: Value<F[K]> } & {
    [K in keyof F as IsOptional<F[K]> extends true ? K : never]?: Value<F[K]>;
  }
>;

/** Fields every dated article-like entry shares. */
export const articleFields = {
  title: f.string('标题', { hint: '完整标题，将显示在页面、分享卡片和搜索结果中', maxLength: 120 }),
  date: f.date('发布日期', { hint: '格式 YYYY-MM-DD' }),
  summary: f.text('摘要', { hint: '一两句话概括内容，用于列表、搜索和分享', maxLength: 300 }),
  draft: f.boolean('草稿', { default: false, hint: '草稿不会发布到网站' }),
} as const satisfies Fields;

/** An optional image with its required description (alt text), for readers who use screen readers. */
export const imageWithAlt = (label: string) =>
  f.object(label, {
    required: false,
    fields: {
      src: f.image('图片', { hint: '上传图片，保存到 /uploads/' }),
      alt: f.string('图片说明（替代文字）', {
        hint: '用一句话描述图片内容，供视障读者使用；必填',
        maxLength: 200,
      }),
    },
  });

// ----------------------------------------------------------------------------
// Zod

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
    case 'image':
    case 'file':
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
    case 'file':
      schema = z.string({ error }).regex(patterns.sitePath.regex, { error });
      break;
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
