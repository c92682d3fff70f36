import { describe, expect, it } from 'vitest';
import { SECTIONS, section } from '../../../src/lib/sections.ts';
import { contentTypes, pages, toolkits } from '../../../src/schemas/index.ts';

describe('sections', () => {
  it('are the types of the one list that say section: true, in its order', () => {
    const sectionTypes = contentTypes.filter((t) => 'section' in t && t.section);
    expect(SECTIONS.map((s) => s.key)).toEqual(sectionTypes.map((t) => t.name));
    expect(SECTIONS.map((s) => s.key)).not.toContain(pages.name);
  });

  it('are looked up by key, with the label and URL of their definition', () => {
    expect(section(toolkits.name)).toMatchObject({ label: toolkits.label, path: toolkits.urlBase });
  });
});
