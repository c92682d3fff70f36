/**
 * Adding a content type means writing its definition and adding it to the one list
 * (src/schemas/index.ts), nothing else: a throwaway type added to the list shows up in
 * every place that is derived from it.
 */
import { describe, expect, it } from 'vitest';
import { decapConfig } from '../../../admin/decap-config.ts';
import { collectionsOf } from '../../../src/content.config.ts';
import { entryDisplay } from '../../../src/lib/entry-display.ts';
import { entryUrl } from '../../../src/lib/entry-url.ts';
import { sectionsOf } from '../../../src/lib/sections.ts';
import { defineType, f } from '../../../src/schemas/fields.ts';
import { contentTypes } from '../../../src/schemas/index.ts';

/** A throwaway type, as a developer would write it. */
const reports = defineType({
  name: 'reports',
  label: '测试报告',
  labelSingular: '测试报告',
  description: '只在测试中存在的栏目。',
  urlBase: '/reports/',
  section: true,
  extensions: ['.md'],
  body: true,
  fields: {
    title: f.string('标题'),
    date: f.date('发布日期'),
    kind: f.select('类型', { options: ['年度报告', '专题报告'] }),
  },
  display: { facts: (d) => [d.kind], card: (d) => d.kind },
});

const types = [...contentTypes, reports] as const;

describe('a content type added to the list', () => {
  it('is an Astro collection with its schema and file types', () => {
    const collections = collectionsOf(types, '/tmp/content');
    expect(Object.keys(collections)).toEqual(types.map((t) => t.name));
    expect(collections.reports.schema.safeParse({ title: 'T', date: '2026-01-01', kind: '年度报告' }).success).toBe(
      true,
    );
    expect(collections.reports.schema.safeParse({ date: '2026-01-01' }).success).toBe(false);
  });

  it('is a CMS collection with its fields, body and preview path', () => {
    const cms = decapConfig({}, types).collections.find((c) => c.name === 'reports');
    expect(cms).toMatchObject({ label: '测试报告', folder: 'content/reports', preview_path: 'reports/{{slug}}/' });
    expect(cms?.fields?.map((field) => field.name)).toEqual(['title', 'date', 'kind', 'body']);
  });

  it('is a section of the site, with its URL', () => {
    expect(sectionsOf(types).at(-1)).toEqual({
      key: 'reports',
      label: '测试报告',
      path: '/reports/',
      description: '只在测试中存在的栏目。',
    });
    expect(entryUrl('reports', 'a', types)).toBe('/reports/a/');
  });

  it('is shown as its display says: facts on its page, the label on its card', () => {
    const shown = entryDisplay({ collection: 'reports', data: { title: 'T', kind: '专题报告' } }, types);
    expect(shown.facts({ registrationClosed: false })).toEqual(['专题报告']);
    expect(shown.card).toBe('专题报告');
    expect(shown.jsonLd).toBe('Article');
  });

  it('is none of these before it is added', () => {
    expect(Object.keys(collectionsOf(contentTypes, '/tmp/content'))).not.toContain('reports');
    expect(decapConfig({}).collections.map((c) => c.name)).not.toContain('reports');
    expect(sectionsOf(contentTypes).map((s) => s.key)).not.toContain('reports');
    expect(() => entryUrl('reports', 'a')).toThrow('reports');
  });
});
