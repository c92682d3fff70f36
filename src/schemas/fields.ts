/**
 * The one field vocabulary of the site, and what a content type is.
 *
 * Every content type is written once with these builders. Two compilers read the same
 * definition: `to-zod.ts` makes the Astro collection schema, `to-decap.ts` the Decap CMS
 * fields, so the site and the CMS cannot drift apart. Labels and hints are Chinese
 * because editors read them in the CMS.
 */
import type { Pattern } from './patterns.ts';
import { GLOSSARY } from './glossary.ts';

interface Common {
  /** 中文字段名，CMS 中显示。 */
  label: string;
  /** 中文填写说明，CMS 中显示在字段下方。 */
  hint?: string;
  /** 是否必填；默认必填。 */
  required?: boolean;
}

export type FieldDef =
  | (Common & { kind: 'string'; pattern?: Pattern; default?: string; maxLength?: number })
  | (Common & { kind: 'text'; maxLength?: number })
  | (Common & { kind: 'date' })
  | (Common & { kind: 'boolean'; default: boolean })
  | (Common & { kind: 'number'; default?: number; min?: number; max?: number; integer?: boolean })
  | (Common & {
      kind: 'select';
      options: readonly string[];
      /** What the CMS shows for a stored value that is a code (`reply` → 参会回执表). */
      optionLabels?: Readonly<Record<string, string>>;
      default?: string;
      multiple?: boolean;
    })
  | (Common & { kind: 'image' })
  | (Common & {
      kind: 'file';
      /**
       * Kept beside the entry, in its own folder, with these extensions (`['.xlsx', '.csv']`):
       * the value is then the bare file name, the CMS saves the upload next to the entry, in the
       * same review and commit, and the type's own code reads it. Absent: an upload under /uploads/.
       */
      beside?: readonly string[];
    })
  | (Common & { kind: 'list'; of: Fields; min?: number; summary?: string })
  | (Common & { kind: 'strings'; min?: number })
  | (Common & { kind: 'object'; fields: Fields });

export type Fields = Readonly<Record<string, FieldDef>>;

/** A file type a collection can read. */
export type Extension = '.md' | '.mdx' | '.json';

/** Where an entry happened: province › city or county › town, each linking to its page. */
export interface Place {
  province: string;
  city: string;
  town: string;
  /** The town's pinyin, its page's URL (`/towns/<townSlug>/`). */
  townSlug: string;
}

/**
 * How the site shows a type's entries. The shared pages and components read it (the entry
 * page `src/pages/[section]/[slug].astro`, `EntryCard.astro`, the section list, the home page),
 * so none of them asks which type an entry is. Every part is optional: a type without any
 * shows its title, date, summary and body. Each function gets one entry's data, typed from
 * the type's own fields (`defineType`).
 */
export interface Display<D = never> {
  /**
   * Short facts under the title on the entry's page, in order (category, status, issuer…);
   * empty ones are left out. `registrationClosed`: the entry offers a forum edition's reply form
   * (`onlineForm`) and that edition's registration has closed.
   */
  facts?: (data: D, page: { registrationClosed: boolean }) => readonly (string | undefined)[];
  /** The label on the entry's card in lists (home page, section lists, place pages). */
  card?: (data: D) => string | undefined;
  /** The schema.org type of the entry page's JSON-LD; default `Article`. */
  jsonLd?: 'Article' | 'NewsArticle';
  /** Who wrote it: 通讯员 under the title, and the JSON-LD author (else the center). */
  byline?: (data: D) => { name: string; role?: string | undefined };
  /** Where it happened, under the title (`StoryPlace.astro`); its province is a search filter. */
  place?: (data: D) => Place;
  /** A cover image under the title, with its alt text. */
  cover?: (data: D) => { src: string; alt: string } | undefined;
  /** Files to download, listed after the body (`AttachmentList.astro`). */
  attachments?: (data: D) => readonly { title: string; file: string }[] | undefined;
  /**
   * The online form (an id in `content/forms/`) the entry offers: linked under its title. A form
   * that belongs to a forum edition also brings that edition's registration state.
   */
  onlineForm?: (data: D) => string | undefined;
  /**
   * A component of `src/components/section-intros/`, by its file name without `.astro`: the
   * section's own words at the top of its first list page.
   */
  intro?: string;
  /** Its entries' pages come from a route of its own (the forum's: `src/pages/forum/`), not `[section]/[slug].astro`. */
  ownRoute?: true;
  /** `false`: the home page lists none of its latest entries (the forum has its own block at the top). */
  onHome?: false;
  /**
   * The CMS preview of its own (`admin/previews.ts`): a story with its place and cover, a forum
   * edition as its page, an online form as readers fill it in, the list of industries as the project
   * catalogue offers it. Absent: title, date, facts and body, the filled-in fields of a type without
   * a body, or the header and footer for a single settings file.
   */
  preview?: 'story' | 'forum' | 'form' | 'industries';
}

/**
 * A whole content type: its fields and every other fact about it. The collections, the
 * site's sections, entry URLs, the file types a folder accepts, the CMS collections and how the
 * site shows its entries are all derived from these definitions (`src/schemas/index.ts` lists them).
 */
export interface ContentType {
  /** Collection name, also the folder under `content/`. */
  name: string;
  /** 中文名称：栏目名，也是 CMS 中的集合名。 */
  label: string;
  /** 中文名称（单条）。 */
  labelSingular: string;
  /** 栏目说明：读者在栏目页看到，编辑在 CMS 中看到。 */
  description: string;
  /** 只给编辑看的补充说明，接在 CMS 中的栏目说明后面。 */
  editorNote?: string;
  fields: Fields;
  /** Whether entries have a Markdown body. */
  body: boolean;
  /**
   * Where an entry's page lives: `${urlBase}${id}/`. `'/'` puts entries at the site root
   * (standalone pages), so their names may not take a URL the site already uses.
   * Absent: entries have no page of their own (site settings).
   */
  urlBase?: `/${string}`;
  /** Listed as a section of the site: list pages, a feed, the search filter, breadcrumbs. */
  section?: boolean;
  /** File types read for this type; default `.md` and `.mdx`. */
  extensions?: readonly Extension[];
  /** Why only those file types, shown to whoever saves another type in the folder. */
  extensionsNote?: string;
  /** A single data file under `content/` (e.g. `settings/site.json`) instead of a folder of entries. */
  file?: string;
  /**
   * File name (and so URL) of an entry created in the CMS, as a Decap slug template. `{{year}}` etc.
   * come from the entry's own `date` field. Default: the date, plus the type's ASCII slug field if any.
   */
  fileName?: string;
  /** How the site shows its entries; absent: title, date, summary and body only. */
  display?: Display;
}

/**
 * Write a content type: the definition as it is, with its `display` functions typed from its own
 * fields (`display: { card: (d) => d.category }` knows `d.category`). Literal values are kept as
 * written (`name: 'news'`, `section: true`), as `as const` would.
 * @example defineType({ name: 'news', label: '新闻', …, fields: { category: f.select(…) }, display: { card: (d) => d.category } })
 */
export function defineType<const F extends Fields, const T extends ContentType>(
  type: T & { fields: F; display?: Display<InferFields<F>> },
): T {
  return type;
}

/**
 * The file types a content type reads.
 * @example extensionsOf(stories) // ['.md']
 */
export function extensionsOf(type: Pick<ContentType, 'extensions' | 'file'>): readonly Extension[] {
  if (type.file) return [type.file.slice(type.file.lastIndexOf('.')) as Extension];
  return type.extensions ?? ['.md', '.mdx'];
}

/**
 * The data files a type keeps beside its entries (a ranking's .xlsx or .csv): the extensions
 * of its `beside` file fields. They are no entries and have no URLs; the type's own code reads them.
 * @example dataFilesOf(rankings) // ['.xlsx', '.csv']
 */
export function dataFilesOf(type: Pick<ContentType, 'fields'>): string[] {
  return [...new Set(Object.values(type.fields).flatMap((d) => (d.kind === 'file' && d.beside) || []))];
}

/**
 * What a file field beside its entry holds: a bare ASCII file name with one of its extensions,
 * as admin/upload-name.ts names uploads.
 * @example besidePattern(['.xlsx', '.csv']).regex.test('20261127-3f9a1c.xlsx') // true
 */
export function besidePattern(extensions: readonly string[]): Pattern {
  const names = extensions.map((e) => e.slice(1));
  return {
    regex: new RegExp(`^[a-z0-9]+(?:-[a-z0-9]+)*\\.(?:${names.join('|')})$`),
    message: `应为与本条放在同一文件夹的 ${extensions.join(' 或 ')} 文件名，只用小写英文字母、数字和连字符；请在 CMS 中上传`,
  };
}

/**
 * The id of a single-file type's one entry: the file's name without its extension.
 * @example singleFileId('settings/site.json') // 'site'
 */
export function singleFileId(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1, file.lastIndexOf('.'));
}

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

/** `T` as a CMS form holds it: any field may still be empty, and dates are the text the file keeps. */
type Unsaved<T> = T extends Date
  ? string
  : T extends readonly (infer E)[]
    ? Unsaved<E>[]
    : T extends object
      ? { -readonly [K in keyof T]?: Unsaved<Exclude<T[K], undefined>> }
      : T;

/**
 * An entry's data as the CMS holds it while an editor fills it in (its previews read this):
 * the type's own fields, each possibly still empty, dates as text (`2026-05-12`).
 * @example InferCmsData<typeof forum.fields>['registration'] // { deadline?: string; fee?: number; … } | undefined
 */
export type InferCmsData<F> = Unsaved<InferFields<F>>;

/** The switch that keeps an entry off the site; not the review stage 草稿 (src/schemas/glossary.ts). */
export const hiddenField = f.boolean(GLOSSARY.hidden, {
  default: false,
  hint: `选中后这条内容不出现在网站上。与审核流程的“${GLOSSARY.stageDraft}”无关`,
});

/** Fields every dated article-like entry shares. */
export const articleFields = {
  title: f.string('标题', { hint: '完整标题，将显示在页面、分享卡片和搜索结果中', maxLength: 120 }),
  date: f.date('发布日期', { hint: '格式 YYYY-MM-DD' }),
  summary: f.text('摘要', { hint: '一两句话概括内容，用于列表、搜索和分享', maxLength: 300 }),
  draft: hiddenField,
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
