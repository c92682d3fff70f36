/**
 * The Decap CMS configuration, derived from the one list of content types
 * (`src/schemas/index.ts`); each type's fields come from `src/schemas/to-decap.ts`.
 * Nothing here names a field or a type by hand: adding a type to the list adds it to the CMS.
 *
 * Pure: takes the environment and the list as arguments so tests can call it directly.
 */
import { contentTypes } from '../src/schemas/index.ts';
import { singleFileId, type ContentType } from '../src/schemas/fields.ts';
import { patterns } from '../src/schemas/patterns.ts';
import { toDecapType, type DecapField } from '../src/schemas/to-decap.ts';

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

/** Where uploads land in the repository, and the URL they are served from. */
export const MEDIA = { folder: 'public/uploads', url: '/uploads' } as const;

/** Backends offered for production, with what each supports (checked against Decap's docs and source). */
export const BACKENDS = {
  github: { openAuthoring: true },
  forgejo: { openAuthoring: true },
  gitlab: { openAuthoring: false },
} as const;
export type BackendName = keyof typeof BACKENDS;

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

/** The CMS description of a type: what readers are told, then what only editors need to know. */
function cmsDescription(type: ContentType): string {
  return type.editorNote ? `${type.description}${type.editorNote}` : type.description;
}

function folderCollection(type: ContentType): DecapCollection {
  return {
    name: type.name,
    label: type.label,
    label_singular: type.labelSingular,
    description: cmsDescription(type),
    folder: `content/${type.name}`,
    create: true,
    extension: 'md',
    format: 'frontmatter',
    slug: slugTemplate(type),
    ...('title' in type.fields ? { identifier_field: 'title', summary: '{{title}}' } : {}),
    // The site path without its leading slash: Decap joins it to the site URL.
    ...(type.urlBase ? { preview_path: `${type.urlBase.slice(1)}{{slug}}/` } : {}),
    fields: toDecapType(type),
  };
}

function fileCollection(type: ContentType, file: string): DecapCollection {
  return {
    name: type.name,
    label: type.label,
    description: cmsDescription(type),
    // Named, not inferred from the extension: only a named format can be our own
    // (admin/json-format.ts keeps the file's key order); Decap infers its built-in one.
    ...(file.endsWith('.json') ? { format: 'json' } : {}),
    files: [
      { name: singleFileId(file), label: type.labelSingular, file: `content/${file}`, fields: toDecapType(type) },
    ],
  };
}

/** One Decap collection per content type, in the order of the list. */
export function decapCollections(types: readonly ContentType[] = contentTypes): DecapCollection[] {
  return types.map((type) => (type.file ? fileCollection(type, type.file) : folderCollection(type)));
}

/** Build-time settings, from environment variables (see admin/README.md). */
export type CmsEnv = Record<string, string | undefined>;

/**
 * The production backend from CMS_* environment variables. No secret is ever needed here:
 * GitHub logs in through an OAuth proxy (CMS_BASE_URL), GitLab and Forgejo with PKCE
 * and a public application id (CMS_APP_ID).
 */
export function backendConfig(env: CmsEnv): Record<string, unknown> {
  // An empty variable (a CI form left blank) means unset.
  const name = env['CMS_BACKEND'] || 'github';
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
 * What the backend lacks for editors to log in and save, one Chinese line per missing
 * variable; empty when complete. A production build stops on any (src/production/).
 * GitLab's API root may stay unset: Decap then uses gitlab.com. Forgejo has no such default.
 * @example backendProblems({ CMS_BACKEND: 'forgejo', CMS_REPO: 'org/site' }) // ['CMS_API_ROOT 未设置：…', 'CMS_APP_ID 未设置：…']
 */
export function backendProblems(env: CmsEnv): string[] {
  const name = (env['CMS_BACKEND'] || 'github') as BackendName;
  const problems: string[] = [];
  if (!env['CMS_REPO']) problems.push('CMS_REPO 未设置：内容所在的仓库，格式为“组织/仓库名”，例如 CMS_REPO=gyxz/site');
  if (name === 'forgejo' && !env['CMS_API_ROOT']) {
    problems.push('CMS_API_ROOT 未设置：Forgejo 的 API 地址，例如 CMS_API_ROOT=https://git.example.cn/api/v1');
  }
  if ((name === 'forgejo' || name === 'gitlab') && !env['CMS_APP_ID']) {
    problems.push(
      `CMS_APP_ID 未设置：在 ${name === 'forgejo' ? 'Forgejo' : 'GitLab'} 中登记的 OAuth 应用 ID（公开值，不是密钥）`,
    );
  }
  return problems;
}

/**
 * The whole Decap configuration.
 * @example decapConfig({ CMS_BACKEND: 'github', CMS_REPO: 'org/site' }).publish_mode // 'editorial_workflow'
 */
export function decapConfig(env: CmsEnv = process.env, types: readonly ContentType[] = contentTypes): DecapConfig {
  const collections = decapCollections(types);
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
