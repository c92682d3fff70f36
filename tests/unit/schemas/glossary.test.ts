import { load } from 'js-yaml';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FieldDef, Fields } from '../../../src/schemas/fields.ts';
import { GLOSSARY } from '../../../src/schemas/glossary.ts';
import { contentTypes, toolkits } from '../../../src/schemas/index.ts';
import { ROOT } from '../../support/paths.ts';

const STAGES = [GLOSSARY.stageDraft, GLOSSARY.stageInReview, GLOSSARY.stageReady];

/** Every field definition of every content type, with its place. */
function allFields(): [string, FieldDef][] {
  const out: [string, FieldDef][] = [];
  const walk = (fields: Fields, at: string) => {
    for (const [name, def] of Object.entries(fields)) {
      out.push([`${at}.${name}`, def]);
      if (def.kind === 'object') walk(def.fields, `${at}.${name}`);
      if (def.kind === 'list') walk(def.of, `${at}.${name}[]`);
    }
  };
  for (const type of contentTypes) walk(type.fields, type.name);
  return out;
}

describe('one glossary for the CMS, in agreement with the site', () => {
  it('no field and no value readers see is named like a review stage', () => {
    for (const [at, def] of allFields()) {
      expect(STAGES, at).not.toContain(def.label);
      if (def.kind === 'select') for (const option of def.options) expect(STAGES, at).not.toContain(option);
    }
  });

  it('the switch that keeps an entry off the site is 暂不公开 wherever it is', () => {
    const drafts = allFields().filter(([at]) => at.endsWith('.draft'));
    expect(drafts.length).toBeGreaterThan(3);
    for (const [at, def] of drafts) expect(def.label, at).toBe(GLOSSARY.hidden);
  });

  it('a part of an online form is 部分, never 栏目, which is a section of the site', () => {
    const words = allFields()
      .filter(([at]) => at.startsWith('forms.'))
      .map(([at, def]) => [at, `${def.label} ${def.hint ?? ''}`] as const);
    for (const [at, text] of words) expect(text, at).not.toContain(GLOSSARY.section);
    expect(words.find(([at]) => at === 'forms.sections')?.[1]).toContain(GLOSSARY.formPart);
  });

  it('admin/README.md writes every word of the glossary down', () => {
    const readme = readFileSync(path.join(ROOT, 'admin/README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## 用词'));
    expect(section.length, 'admin/README.md has a 「## 用词」 section').toBeLessThan(readme.length);
    for (const word of Object.values(GLOSSARY)) expect(section).toContain(word);
  });

  it("a toolkit's online form is offered by the form's own title", () => {
    const field = toolkits.fields.form;
    for (const value of field.options) {
      const text = readFileSync(path.join(ROOT, 'content/forms', `${value}.md`), 'utf8');
      const front = load(text.split(/^---$/m)[1]!) as { title: string };
      expect(field.optionLabels[value], value).toBe(front.title);
    }
  });
});
