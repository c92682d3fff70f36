/**
 * The Decap CMS configuration, generated from the same field definitions as the
 * Astro collection schemas (`src/schemas/`). Nothing here lists a field by hand:
 * adding a field or a whole content type to `src/schemas/index.ts` adds it to the CMS.
 *
 * Pure: takes the environment as an argument so tests can call it directly.
 */
import * as schemas from '../src/schemas/index.ts';
import { patterns, type ContentType, type FieldDef, type Fields, type Pattern } from '../src/schemas/fields.ts';

/** One Decap field, as it appears in `config.yml`. */
export interface DecapField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  default?: unknown;
  /** `[regex source, Chinese message]`, checked by Decap on every non-empty value. */
  pattern?: [string, string];
  [option: string]: unknown;
}

/** One Decap collection (folder of Markdown files, or a single data file). */
export interface DecapCollection {
  name: string;
  label: string;
  fields?: DecapField[];
  files?: { name: string; label: string; file: string; fields: DecapField[] }[];
  [option: string]: unknown;
}

export interface DecapConfig {
  collections: DecapCollection[];
  [option: string]: unknown;
}

/**
 * Single-file content types: the type name and the file that holds its one entry.
 * Every other content type is a folder collection under `content/<name>/`.
 */
export const SINGLE_FILE_TYPES: Readonly<Record<string, string>> = { settings: 'content/settings/site.json' };

/** Where uploads land in the repository, and the URL they are served from. */
export const MEDIA = { folder: 'public/uploads', url: '/uploads' } as const;

/** Backends offered for production, with what each supports (checked against Decap's docs and source). */
export const BACKENDS = {
  github: { openAuthoring: true },
  forgejo: { openAuthoring: true },
  gitlab: { openAuthoring: false },
} as const;
export type BackendName = keyof typeof BACKENDS;

function isContentType(value: unknown): value is ContentType {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ContentType).name === 'string' &&
    typeof (value as ContentType).fields === 'object' &&
    typeof (value as ContentType).body === 'boolean'
  );
}

/**
 * Every content type exported by `src/schemas/index.ts`, in CMS order: the folder
 * types as `folderTypes` lists them, then any other exported type, single files last.
 */
export function contentTypes(mod: Record<string, unknown> = schemas): ContentType[] {
  const ordered: ContentType[] = [];
  const add = (t: unknown) => {
    if (isContentType(t) && !ordered.some((o) => o.name === t.name)) ordered.push(t);
  };
  const listed = mod['folderTypes'];
  if (Array.isArray(listed)) listed.forEach(add);
  const rest = Object.values(mod).filter(isContentType);
  rest.filter((t) => !(t.name in SINGLE_FILE_TYPES)).forEach(add);
  rest.forEach(add);
  return ordered;
}

/**
 * A maximum length as a regex, combined with the field's own pattern when it has one,
 * because Decap's string widget has no length limit but does check one pattern.
 */
function combinedPattern(pattern: Pattern | undefined, maxLength: number | undefined): [string, string] | undefined {
  if (!maxLength) return pattern ? [pattern.regex.source, pattern.message] : undefined;
  const limit = `不能超过 ${maxLength} 个字`;
  if (!pattern) return [`^[\\s\\S]{0,${maxLength}}$`, limit];
  return [`^(?=[\\s\\S]{0,${maxLength}}$)(?:${pattern.regex.source})$`, `${pattern.message}，且${limit}`];
}

/** Decap fields of one definition; `optionalParent` marks children of an optional object. */
export function toDecapField(name: string, def: FieldDef, optionalParent = false): DecapField {
  const out: DecapField = { name, label: def.label, widget: 'string' };
  if (def.hint) out.hint = def.hint;
  // Required in the CMS exactly when the file must contain the field: a field with a
  // default may be left out. Decap cannot say "required when the parent object is filled
  // in"; such children are optional in the form and admin/validate.ts enforces the schema.
  const required = def.required !== false && !('default' in def) && !optionalParent;
  if (!required) out.required = false;

  switch (def.kind) {
    case 'string':
    case 'text': {
      out.widget = def.kind;
      const pattern = combinedPattern(def.kind === 'string' ? def.pattern : undefined, def.maxLength);
      if (pattern) out.pattern = pattern;
      if (def.kind === 'string' && def.default !== undefined) out['default'] = def.default;
      break;
    }
    case 'date':
      Object.assign(out, { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false });
      // Decap fills an empty date with today; an optional date must start blank.
      if (!required) out['default'] = '';
      break;
    case 'boolean':
      Object.assign(out, { widget: 'boolean', default: def.default });
      break;
    case 'number':
      Object.assign(out, { widget: 'number', value_type: def.integer ? 'int' : 'float' });
      if (def.min !== undefined) out['min'] = def.min;
      if (def.max !== undefined) out['max'] = def.max;
      if (def.default !== undefined) out['default'] = def.default;
      break;
    case 'select':
      Object.assign(out, { widget: 'select', options: [...def.options] });
      if (def.multiple) out['multiple'] = true;
      if (def.default !== undefined) out['default'] = def.default;
      break;
    case 'image':
    case 'file':
      // The media library always writes `${public_folder}/name`, a site path. Decap's
      // pattern check does not see that value for these widgets (it rejects valid
      // uploads), so the site-path rule is left to the save check (admin/validate.ts).
      Object.assign(out, { widget: def.kind, choose_url: false });
      break;
    case 'list':
      out.widget = 'list';
      out['fields'] = toDecapFields(def.of);
      if (def.min) out['min'] = def.min;
      if (def.summary) out['summary'] = def.summary;
      break;
    case 'strings':
      out.widget = 'list';
      // One text box per item: comma-separated input would split Chinese text on ，-less commas.
      out['field'] = { name: 'item', label: def.label, widget: 'string' };
      if (def.min) out['min'] = def.min;
      break;
    case 'object':
      out.widget = 'object';
      out['fields'] = toDecapFields(def.fields, !required || optionalParent);
      break;
  }
  return out;
}

/** Decap fields of a field set, in definition order. */
export function toDecapFields(fields: Fields, optionalParent = false): DecapField[] {
  return Object.entries(fields).map(([name, def]) => toDecapField(name, def, optionalParent));
}

/** The Markdown body field every `body: true` type gets. */
export const BODY_FIELD: DecapField = {
  name: 'body',
  label: '正文',
  widget: 'markdown',
  hint: '可用 Markdown：## 小标题、- 列表、[文字](网址)。',
  // Rich text stays the default: Chinese typed through composition events arrives intact
  // in Chromium (tests/e2e/cms.test.ts); see admin/README.md, 「中文输入」.
  modes: ['rich_text', 'raw'],
};

/**
 * The file-name template of a new entry. File names are the URL, so they must be ASCII:
 * the type's own `fileName` if it sets one, else the entry date (Decap takes it from the
 * entry's `date` field), then an ASCII field of the type if it has one (a story's town pinyin).
 * Decap appends -1, -2… when a name is taken.
 */
export function slugTemplate(type: ContentType): string {
  if (type.fileName) return type.fileName;
  const ascii = Object.entries(type.fields).find(
    ([, d]) => d.kind === 'string' && d.pattern === patterns.slug && d.required !== false,
  );
  return ascii ? `{{year}}-{{month}}-{{day}}-{{fields.${ascii[0]}}}` : '{{year}}-{{month}}-{{day}}';
}

function folderCollection(type: ContentType): DecapCollection {
  const fields = toDecapFields(type.fields);
  return {
    name: type.name,
    label: type.label,
    label_singular: type.labelSingular,
    description: type.description,
    folder: `content/${type.name}`,
    create: true,
    extension: 'md',
    format: 'frontmatter',
    slug: slugTemplate(type),
    ...('title' in type.fields ? { identifier_field: 'title', summary: '{{title}}' } : {}),
    preview_path: type.name === 'pages' ? '{{slug}}/' : `${type.name}/{{slug}}/`,
    fields: type.body ? [...fields, BODY_FIELD] : fields,
  };
}

function fileCollection(type: ContentType, file: string): DecapCollection {
  return {
    name: type.name,
    label: type.label,
    description: type.description,
    files: [{ name: 'site', label: type.labelSingular, file, fields: toDecapFields(type.fields) }],
  };
}

/** Build-time settings, from environment variables (see admin/README.md). */
export type CmsEnv = Record<string, string | undefined>;

/**
 * The production backend from CMS_* environment variables. No secret is ever needed here:
 * GitHub logs in through an OAuth proxy (CMS_BASE_URL), GitLab and Forgejo with PKCE
 * and a public application id (CMS_APP_ID).
 */
export function backendConfig(env: CmsEnv): Record<string, unknown> {
  const name = env['CMS_BACKEND'] ?? 'github';
  if (name === 'gitea') {
    throw new Error(
      'CMS_BACKEND=gitea 不可用：Decap 的 gitea 后端没有编辑审核流程（editorial workflow）。Forgejo 请用 CMS_BACKEND=forgejo。',
    );
  }
  if (!(name in BACKENDS)) {
    throw new Error(`CMS_BACKEND=${name} 不受支持；可选：${Object.keys(BACKENDS).join('、')}`);
  }
  const backend: Record<string, unknown> = { name, branch: env['CMS_BRANCH'] ?? 'main' };
  if (env['CMS_REPO']) backend['repo'] = env['CMS_REPO'];
  if (env['CMS_BASE_URL']) backend['base_url'] = env['CMS_BASE_URL'];
  if (env['CMS_AUTH_ENDPOINT']) backend['auth_endpoint'] = env['CMS_AUTH_ENDPOINT'];
  if (env['CMS_API_ROOT']) backend['api_root'] = env['CMS_API_ROOT'];
  if (env['CMS_APP_ID']) Object.assign(backend, { app_id: env['CMS_APP_ID'], auth_type: 'pkce' });
  if (BACKENDS[name as BackendName].openAuthoring) backend['open_authoring'] = true;
  return backend;
}

/**
 * The whole Decap configuration.
 * @example decapConfig({ CMS_BACKEND: 'github', CMS_REPO: 'org/site' }).publish_mode // 'editorial_workflow'
 */
export function decapConfig(env: CmsEnv = process.env): DecapConfig {
  const collections = contentTypes().map((type) => {
    const file = SINGLE_FILE_TYPES[type.name];
    return file ? fileCollection(type, file) : folderCollection(type);
  });
  return {
    locale: 'zh_Hans',
    backend: backendConfig(env),
    // Decap only looks for the local server when the admin is opened on localhost.
    local_backend: { url: env['CMS_LOCAL_BACKEND_URL'] ?? 'http://localhost:8081/api/v1' },
    publish_mode: 'editorial_workflow',
    ...(env['SITE_URL'] ? { site_url: env['SITE_URL'], display_url: env['SITE_URL'] } : {}),
    media_folder: MEDIA.folder,
    public_folder: MEDIA.url,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections,
  };
}
