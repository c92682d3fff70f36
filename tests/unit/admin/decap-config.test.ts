/**
 * The CMS and the build agree: the Decap configuration and the Zod schemas are both
 * generated from src/schemas/, and this test walks both outputs side by side, so a
 * change to either generator that makes them disagree fails here.
 */
import { z } from 'astro/zod';
import { readTypedDate } from '../../../admin/typed-date.ts';
import { describe, expect, it } from 'vitest';
import { backendConfig, decapConfig, slugTemplate, type DecapCollection } from '../../../admin/decap-config.ts';
import * as schemas from '../../../src/schemas/index.ts';
import { contentTypes } from '../../../src/schemas/index.ts';
import type { Fields } from '../../../src/schemas/fields.ts';
import { patterns } from '../../../src/schemas/patterns.ts';
import type { DecapField } from '../../../src/schemas/to-decap.ts';
import { toZod } from '../../../src/schemas/to-zod.ts';

type Zod = z.ZodType & { def: Record<string, unknown> & { type: string } };

/** Peel optional/default off a Zod field: what the file may omit, and the default. */
function unwrap(schema: Zod): { inner: Zod; optional: boolean; hasDefault: boolean; defaultValue?: unknown } {
  if (schema.def.type === 'optional') return { ...unwrap(schema.def['innerType'] as Zod), optional: true };
  if (schema.def.type === 'default') {
    return {
      ...unwrap(schema.def['innerType'] as Zod),
      hasDefault: true,
      defaultValue: schema.def['defaultValue'],
    };
  }
  return { inner: schema, optional: false, hasDefault: false };
}

function shapeOf(schema: Zod): Record<string, Zod> {
  return (schema as unknown as { shape: Record<string, Zod> }).shape;
}

/** Values every text field is tried with: slugs, e-mails, phones, URLs, paths, lengths. */
const TEXT_PROBES = [
  'abc',
  'ceshi-yi-zhen',
  'Ceshi',
  'a b',
  '中文标题',
  'name@example.com',
  'bad@',
  '13716385865',
  '010-67410624',
  '12345',
  '6222020200012345678',
  'https://www.cinn.cn/gyxz/index.html',
  'http//x',
  '/uploads/a.jpg',
  'uploads/a.jpg',
  ...[60, 61, 120, 121, 200, 201, 300, 301].map((n) => '字'.repeat(n)),
];
const NUMBER_PROBES = [-1, 0, 1, 1.5, 3, 20, 21, 1000];

/** Does Decap accept this non-empty value for the field? (pattern, number range, options) */
function decapAccepts(field: DecapField, value: unknown): boolean {
  if (field.widget === 'number') {
    const n = value as number;
    if (field['value_type'] === 'int' && !Number.isInteger(n)) return false;
    if (typeof field['min'] === 'number' && n < field['min']) return false;
    if (typeof field['max'] === 'number' && n > field['max']) return false;
    return true;
  }
  return field.pattern ? new RegExp(field.pattern[0]).test(value as string) : true;
}

/** Walk one level of Decap fields against one level of Zod shape. */
function compare(where: string, decap: DecapField[], shape: Record<string, Zod>, parentOptional: boolean) {
  expect(decap.map((f) => f.name).sort(), `${where}: field names`).toEqual(Object.keys(shape).sort());
  for (const field of decap) {
    const at = `${where}.${field.name}`;
    const { inner, optional, hasDefault, defaultValue } = unwrap(shape[field.name]!);
    // Required in the CMS ⇔ the file must contain it. Inside an optional object a child the
    // schema requires says so in its label; in an object at the top of an entry it is checked at the
    // field once the object is filled in (required_with), anything else by admin/validate.ts.
    const schemaRequired = !optional && !hasDefault;
    if (parentOptional && schemaRequired) {
      expect(field.label, at).toMatch(/（填写「.+」后必填）$/);
      if (field['required_with'])
        expect(['string', 'text', 'image', 'file', 'list', 'strings'], at).toContain(field.widget);
      else expect(field.required, at).toBe(false);
    } else if (parentOptional) expect(field.required, at).toBe(false);
    else expect(field.required !== false, `${at}: required`).toBe(schemaRequired);
    expect(field.label, `${at}: label`).toMatch(/\p{Script=Han}/u);

    if (hasDefault) expect(field.default, `${at}: default`).toEqual(defaultValue);
    else if (field.widget === 'date') expect(field.default ?? '', `${at}: date starts blank`).toBe('');
    else expect(field.default, `${at}: no default`).toBeUndefined();

    const childOptional = parentOptional || optional || hasDefault;
    switch (inner.def.type) {
      case 'object':
        expect(field.widget, at).toBe('object');
        compare(at, field['fields'] as DecapField[], shapeOf(inner), childOptional);
        break;
      case 'array': {
        expect(field.widget, at).toBe('list');
        const element = inner.def['element'] as Zod;
        const minOne = !inner.safeParse([]).success;
        expect(((field['min'] as number | undefined) ?? 0) >= 1, `${at}: min`).toBe(minOne);
        if (element.def.type === 'object') compare(at, field['fields'] as DecapField[], shapeOf(element), false);
        else {
          expect((field['field'] as DecapField).widget, at).toBe('string');
          if (!minOne) expect(inner.safeParse([]).success).toBe(true);
          expect(inner.safeParse(['甲']).success, at).toBe(true);
        }
        break;
      }
      case 'enum':
        expect(field.widget, at).toBe('select');
        expect(
          (field['options'] as (string | { value: string })[]).map((o) => (typeof o === 'string' ? o : o.value)),
          `${at}: options`,
        ).toEqual((inner as unknown as { options: string[] }).options);
        break;
      case 'number':
        expect(field.widget, at).toBe('number');
        for (const n of NUMBER_PROBES) expect(decapAccepts(field, n), `${at} ← ${n}`).toBe(inner.safeParse(n).success);
        break;
      case 'boolean':
        expect(field.widget, at).toBe('boolean');
        break;
      case 'date':
        expect(field.widget, at).toBe('date');
        // What the date field stores is what the schema takes (admin/typed-date.ts).
        expect(inner.safeParse(readTypedDate('2026/5/12').kind === 'date' && '2026-05-12').success, at).toBe(true);
        break;
      case 'string':
        if (field.widget === 'file' && field['media_folder'] === '') {
          // A file beside its entry: the media library writes the bare name of the renamed upload.
          expect(field['public_folder'], at).toBe('');
          expect(field.pattern, at).toBeUndefined();
          expect(inner.safeParse('20261127-3f9a1c.xlsx').success, at).toBe(true);
          expect(inner.safeParse('20261127-mingdan-3f9a1c.csv').success, at).toBe(true);
          expect(inner.safeParse('/uploads/a.xlsx').success, at).toBe(false);
          expect(inner.safeParse('a.xls').success, at).toBe(false);
          break;
        }
        if (field.widget === 'image' || field.widget === 'file') {
          // Uploads: the media library writes /uploads/<name>; the save check runs the schema.
          expect(field.pattern, at).toBeUndefined();
          expect(inner.safeParse('/uploads/a.jpg').success, at).toBe(true);
          expect(inner.safeParse('uploads/a.jpg').success, at).toBe(false);
          break;
        }
        expect(['string', 'text'], at).toContain(field.widget);
        for (const probe of TEXT_PROBES) {
          expect(decapAccepts(field, probe), `${at} ← "${probe.slice(0, 20)}" (${probe.length})`).toBe(
            inner.safeParse(probe).success,
          );
        }
        break;
      default:
        throw new Error(`${at}: unexpected Zod type ${inner.def.type}`);
    }
  }
}

const config = decapConfig({});
const collection = (name: string) => config.collections.find((c) => c.name === name)!;
const typeFields = (c: DecapCollection) => c.fields ?? c.files![0]!.fields;

describe('the Decap configuration and the Zod schemas come from one definition', () => {
  it("every content type in the list is a CMS collection, in the list's order, and nothing else is", () => {
    expect(config.collections.map((c) => c.name)).toEqual(contentTypes.map((t) => t.name));
  });

  it('previews each page at the URL the site gives it', () => {
    expect(collection('news')['preview_path']).toBe('news/{{slug}}/');
    expect(collection('pages')['preview_path']).toBe('{{slug}}/');
    expect(collection('settings').files![0]).toMatchObject({ name: 'site', file: 'content/settings/site.json' });
  });

  for (const type of contentTypes) {
    it(`${type.name}: same fields, required/optional, defaults, patterns, ranges and options`, () => {
      const c = collection(type.name);
      const fields = typeFields(c);
      const body = fields.find((f) => f.name === 'body');
      expect(Boolean(body), 'Markdown body').toBe(type.body);
      if (body) expect(body.widget).toBe('markdown');
      compare(
        type.name,
        fields.filter((f) => f.name !== 'body'),
        shapeOf(toZod(type) as unknown as Zod),
        false,
      );
    });
  }

  it('folder collections write ASCII file names into content/<name>/; settings are JSON files', () => {
    for (const c of config.collections) {
      if (c.files) {
        expect(c.files.map((f) => f.file)).toEqual([expect.stringMatching(/^content\/settings\/[a-z-]+\.json$/)]);
        continue;
      }
      expect(c['folder']).toBe(`content/${c.name}`);
      // Only date placeholders and fields that are ASCII slugs: nothing Chinese can reach a file name.
      const slug = String(c['slug']);
      expect(slug).toMatch(
        /^(?:\{\{(fields\.)?year\}\}(-\{\{month\}\}-\{\{day\}\})?(-\{\{fields\.\w+\}\})?|\{\{fields\.\w+\}\})$/,
      );
      const type = contentTypes.find((t) => t.name === c.name)!;
      for (const [, name] of slug.matchAll(/\{\{fields\.(\w+)\}\}/g)) {
        if (name === 'year') continue; // a ranking's year: a number
        const fields: Fields = type.fields;
        const def = fields[name!];
        expect(def?.kind === 'string' && def.pattern === patterns.slug, `${c.name}.${name}`).toBe(true);
      }
    }
    expect(slugTemplate(schemas.stories)).toBe('{{year}}-{{month}}-{{day}}-{{fields.townSlug}}');
    expect(slugTemplate(schemas.forum)).toBe('{{year}}');
    expect(config['slug']).toEqual({ encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' });
  });

  it('uploads go to public/uploads and are linked as /uploads/…', () => {
    expect(config['media_folder']).toBe('public/uploads');
    expect(config['public_folder']).toBe('/uploads');
  });

  it('a story cover needs alt text once it is filled in: said in the label, checked at the field', () => {
    const cover = typeFields(collection('stories')).find((f) => f.name === 'cover')!;
    const [src, alt] = cover['fields'] as DecapField[];
    expect([src?.name, alt?.name]).toEqual(['src', 'alt']);
    expect(alt).toMatchObject({ label: '图片说明（替代文字）（填写「封面图」后必填）', required_with: 'cover' });
    expect(alt?.required).toBeUndefined();
  });

  it('a list of single texts shows the text of each item when collapsed', () => {
    const benefits = typeFields(collection('forum')).find((f) => f.name === 'benefits')!;
    expect(benefits['summary']).toBe('{{fields.item}}');
  });

  it('the body hint shows the Markdown syntax as code, not as a rendered link', () => {
    const body = typeFields(collection('news')).at(-1)!;
    expect(body.hint).toContain('`[文字](网址)`');
  });
});

describe('backend from the environment', () => {
  it('is Chinese, uses the editorial workflow and a local backend for npm run cms', () => {
    expect(config['locale']).toBe('zh_Hans');
    expect(config['publish_mode']).toBe('editorial_workflow');
    expect(config['local_backend']).toEqual({ url: 'http://localhost:8081/api/v1' });
  });

  it('GitHub and Forgejo get open authoring; GitLab does not have it', () => {
    expect(backendConfig({ CMS_BACKEND: 'github', CMS_REPO: 'org/site' })).toMatchObject({
      name: 'github',
      repo: 'org/site',
      branch: 'main',
      open_authoring: true,
    });
    expect(
      backendConfig({ CMS_BACKEND: 'forgejo', CMS_API_ROOT: 'https://git.example.cn/api/v1', CMS_APP_ID: 'abc' }),
    ).toMatchObject({
      name: 'forgejo',
      api_root: 'https://git.example.cn/api/v1',
      auth_type: 'pkce',
      open_authoring: true,
    });
    expect(backendConfig({ CMS_BACKEND: 'gitlab', CMS_BRANCH: 'master' })).not.toHaveProperty('open_authoring');
  });

  it('refuses Gitea (no editorial workflow) and unknown backends, in Chinese', () => {
    expect(() => backendConfig({ CMS_BACKEND: 'gitea' })).toThrow(/编辑审核流程/);
    expect(() => backendConfig({ CMS_BACKEND: 'svn' })).toThrow(/不受支持/);
  });
});
