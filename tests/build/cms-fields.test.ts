/**
 * Whatever the CMS lets an editor fill in reaches the site. For every content type the
 * CMS offers, an entry with every field filled with its own value is built with the real
 * production build, and each value is looked for in that entry's page. A field the site
 * never shows fails here, unless it is listed below with the reason it shows no text.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { dump } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { entryUrl } from '../../src/lib/entry-url.ts';
import { SECTIONS } from '../../src/lib/sections.ts';
import { rankingUrls } from '../../src/rankings/urls.ts';
import { formatDate, isoDate } from '../../src/lib/format-date.ts';
import type { ContentType, FieldDef, Fields } from '../../src/schemas/fields.ts';
import { contentTypes } from '../../src/schemas/index.ts';
import { buildClone, cloneRepo } from '../support/cms-backend.ts';
import { TEST_CACHE } from '../support/paths.ts';

const REPO = path.join(TEST_CACHE, 'cms-fields-repo');
const OUT = path.join(TEST_CACHE, 'cms-fields-dist');

/**
 * Fields that show no text of their own, by `type.path`, with what they do instead
 * (tested where that behaviour is tested).
 */
const SHOWN_OTHERWISE: Readonly<Record<string, string>> = {
  'news.draft': 'a draft is not published at all',
  'research.draft': 'a draft is not published at all',
  'toolkits.draft': 'a draft is not published at all',
  'policies.draft': 'a draft is not published at all',
  'stories.draft': 'a draft is not published at all',
  'pages.draft': 'a draft is not published at all',
  'forum.draft': 'a draft is not published at all',
  'forms.draft': 'a draft is not published at all',
  'projects.draft': 'a draft is not published at all',
  'profiles.draft': 'a draft is not published at all',
  'forms.perEdition': 'moves the form to /forum/<year>/register/ (tests/build/forum.test.ts)',
  'forms.sections.repeat': 'lets readers add rows (tests/e2e/forms.test.ts)',
  'forms.sections.blankRows': 'rows of the downloadable blank workbook, not of the page',
  'forms.sections.fields.required': 'marks the input required (tests/e2e/forms.test.ts)',
};

interface Expectation {
  /** `type.path` of the field, e.g. `forum.registration.fee`. */
  field: string;
  /** The page shows the value in one of these forms. */
  anyOf: string[];
}

/** Values for one entry, each field its own, and what the page must then contain. */
class Filler {
  #n = 0;
  readonly expectations: Expectation[] = [];
  constructor(readonly type: ContentType) {}

  fields(fields: Fields, at: string): Record<string, unknown> {
    return Object.fromEntries(Object.entries(fields).map(([name, def]) => [name, this.value(def, `${at}.${name}`)]));
  }

  #expect(field: string, ...anyOf: string[]) {
    this.expectations.push({ field, anyOf });
  }

  value(def: FieldDef, field: string): unknown {
    const n = ++this.#n;
    switch (def.kind) {
      case 'string': {
        const candidates = [
          `测试值${n}号`,
          `fld-${n}-x`,
          `fld${n}x@example.com`,
          `https://example.com/fld-${n}-x`,
          `/fld-${n}-x/`,
          `1390000${String(n).padStart(4, '0')}`,
          `62220000${String(n).padStart(4, '0')}`,
        ];
        const value = candidates.find((c) => !def.pattern || def.pattern.regex.test(c));
        if (!value) throw new Error(`no test value fits the pattern of ${field}`);
        this.#expect(field, value);
        return value;
      }
      case 'text':
        this.#expect(field, `测试说明${n}号`);
        return `测试说明${n}号`;
      case 'date': {
        const day = new Date(Date.UTC(2025, n % 12, 1 + (n % 27)));
        this.#expect(field, isoDate(day), formatDate(day), formatDate(day).replace(/^\d+年/, ''));
        return isoDate(day);
      }
      case 'boolean':
        this.#expect(field);
        // As it comes: no draft (there would be no page to look at), forms at /forms/.
        return def.default;
      case 'number': {
        const value = Math.min(def.max ?? Infinity, Math.max(def.min ?? 0, 7000 + n));
        this.#expect(field, String(value), value.toLocaleString('zh-CN'));
        return value;
      }
      case 'select': {
        const value = def.options.at(-1)!;
        this.#expect(field, value);
        return def.multiple ? [value] : value;
      }
      case 'image':
      case 'file': {
        const value = `/uploads/cms-fields-${n}.${def.kind === 'image' ? 'png' : 'pdf'}`;
        this.#expect(field, value);
        return value;
      }
      case 'strings':
        this.#expect(field, `测试条目${n}号`);
        return [`测试条目${n}号`];
      case 'list':
        return [this.fields(def.of, field)];
      case 'object':
        return this.fields(def.fields, field);
    }
  }
}

/** The form fields of a test form: every kind of rule filled in, consistently. */
function formFields(filler: Filler, def: FieldDef & { kind: 'list' }, at: string) {
  const [choice, start, end] = [0, 1, 2].map(() => filler.fields(def.of, at));
  Object.assign(choice!, { kind: '单选', options: ['甲选项', '乙选项'], requiredUnless: undefined, after: undefined });
  Object.assign(start!, { kind: '日期', requiredUnless: undefined, after: undefined, options: undefined });
  // 须晚于 and 以下情况可不填 name the other field by its 字段名称 (src/forms/field-refs.ts).
  Object.assign(end!, { kind: '日期', options: undefined, requiredUnless: `${String(choice!['label'])}=乙选项` });
  end!['after'] = start!['label'];
  const keys = new Set(['kind', 'options', 'requiredUnless', 'after'].map((k) => `${at}.${k}`));
  // Replace what the filler expected for the rewritten subfields with what they now hold.
  filler.expectations.splice(
    0,
    filler.expectations.length,
    ...filler.expectations.filter((e) => !keys.has(e.field)),
    { field: `${at}.kind`, anyOf: ['type="date"'] },
    { field: `${at}.options`, anyOf: ['乙选项'] },
    { field: `${at}.requiredUnless`, anyOf: [`${String(choice!['label'])}=乙选项`, '乙选项'] },
    { field: `${at}.after`, anyOf: [String(start!['label'])] },
  );
  return [choice, start, end];
}

/** One entry of a type: its file, its page and what the page must contain. */
function entryOf(type: ContentType) {
  const filler = new Filler(type);
  const data = filler.fields(type.fields, type.name);
  if (type.name === 'forms') {
    const sections = type.fields['sections'];
    const fields = sections?.kind === 'list' ? sections.of['fields'] : undefined;
    if (fields?.kind !== 'list') throw new Error('forms.sections.fields changed: update this test');
    // The generic item of sections.fields is replaced: forget what it promised.
    const kept = filler.expectations.filter((e) => !e.field.startsWith('forms.sections.fields.'));
    filler.expectations.splice(0, filler.expectations.length, ...kept);
    (data['sections'] as Record<string, unknown>[])[0]!['fields'] = formFields(filler, fields, 'forms.sections.fields');
  }
  if (type.body) filler.expectations.push({ field: `${type.name}.body`, anyOf: [`${type.label}测试正文`] });
  const slug = type.name === 'forum' ? '2031' : `cms-fields-${type.name}`;
  // A type without pages of its own (the settings) shows in the frame of every page and on
  // the section pages: the home page and each section's index.
  const pages = type.urlBase ? [entryUrl(type.name, slug)] : ['/', ...SECTIONS.map((s) => s.path)];
  return { data, slug, pages, expectations: filler.expectations };
}

describe('every field the CMS offers reaches the built page', () => {
  // A ranking edition's fields come with a workbook whose every row the build reads: made-up values
  // cannot build. Its page is checked with generated editions in tests/build/rankings.test.ts.
  const types: readonly ContentType[] = (contentTypes as readonly ContentType[]).filter((t) => t.name !== 'rankings');
  const entries = types.map((type) => ({ type, ...entryOf(type) }));
  // Every town the content names is official or on the list of new towns (src/divisions/): the story,
  // the profile and the project name the listed town under one slug, and the list's fields show on
  // that town's page, as does the profile.
  const entry = (name: string) => entries.find((e) => e.type.name === name)!;
  const listed = (entry('newTowns').data['towns'] as Record<string, unknown>[])[0]!;
  const townSlug = String(entry('stories').data['townSlug']);
  for (const [name, county] of [
    ['stories', 'city'],
    ['profiles', 'county'],
    ['projects', 'county'],
  ] as const) {
    const { data, expectations } = entry(name);
    const names = { province: listed['province'], [county]: listed['county'], town: listed['town'], townSlug };
    Object.assign(data, names);
    for (const e of expectations) {
      const key = e.field.slice(name.length + 1);
      if (key in names) e.anyOf = [String(names[key])];
    }
  }
  const townPage = rankingUrls.town(townSlug);
  entry('newTowns').pages = [townPage];
  entry('profiles').pages = [townPage];
  // A project names an industry of the editors' list, which lists on the catalogue's industry pages.
  const industry = (entry('industries').data['industries'] as string[])[0]!;
  entry('projects').data['industry'] = industry;
  for (const e of entry('projects').expectations) if (e.field === 'projects.industry') e.anyOf = [industry];
  entry('industries').pages = ['/projects/'];
  let built: { ok: boolean; output: string };

  beforeAll(() => {
    cloneRepo(REPO);
    for (const { type, data, slug } of entries) {
      if (type.file) {
        writeFileSync(path.join(REPO, 'content', type.file), `${JSON.stringify(data, null, 2)}\n`);
        continue;
      }
      const dir = path.join(REPO, 'content', type.name);
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, `${slug}.md`), `---\n${dump(data)}---\n\n${type.label}测试正文\n`);
    }
    mkdirSync(path.join(REPO, 'public/uploads'), { recursive: true });
    for (const { expectations } of entries) {
      for (const { anyOf } of expectations) {
        for (const value of anyOf.filter((v) => v.startsWith('/uploads/'))) {
          writeFileSync(path.join(REPO, 'public', value), 'test file');
        }
      }
    }
    built = buildClone(REPO, OUT, { SKIP_OG: '1', SKIP_SEARCH: '1' });
  });

  it('builds', () => {
    expect(built.ok, built.output).toBe(true);
  });

  it('every exemption names a field that exists', () => {
    const fields = new Set(entries.flatMap((e) => e.expectations.map((x) => x.field)));
    for (const name of Object.keys(SHOWN_OTHERWISE)) expect(fields, name).toContain(name);
  });

  it.each(entries.map((e) => [e.type.name, e] as const))('%s', (_name, entry) => {
    const html = entry.pages.map((page) => readFileSync(path.join(OUT, page, 'index.html'), 'utf8')).join('\n');
    const missing = entry.expectations
      .filter((e) => !(e.field in SHOWN_OTHERWISE))
      .filter((e) => !e.anyOf.some((v) => html.includes(v)))
      .map((e) => `${e.field}: ${e.anyOf.join(' | ')}`);
    expect(missing, `not on ${entry.pages.join(' ')}`).toEqual([]);
  });
});
