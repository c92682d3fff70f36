/** Type-level checks: entry types are derived from the definitions, with no parallel interfaces. */
import { describe, expectTypeOf, it } from 'vitest';
import type { CollectionEntry } from 'astro:content';
import type { InferCmsData, InferFields } from '../../../src/schemas/fields.ts';
import { contentTypes, forum, pages, stories } from '../../../src/schemas/index.ts';
import type { SectionKey } from '../../../src/lib/sections.ts';

describe('InferFields', () => {
  it('derives entry types from the definitions', () => {
    type Story = InferFields<typeof stories.fields>;
    expectTypeOf<Story['townSlug']>().toEqualTypeOf<string>();
    expectTypeOf<Story['authorRole']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Story['draft']>().toEqualTypeOf<boolean>();
    expectTypeOf<Story['date']>().toEqualTypeOf<Date>();
    type Forum = InferFields<typeof forum.fields>;
    expectTypeOf<Forum['registration']['fee']>().toEqualTypeOf<number>();
  });

  it('gives the Astro collections the same types', () => {
    expectTypeOf<CollectionEntry<'stories'>['data']>().toEqualTypeOf<InferFields<typeof stories.fields>>();
    expectTypeOf<CollectionEntry<'settings'>['id']>().toEqualTypeOf<string>();
  });

  it('names only the section types as sections', () => {
    type Type = (typeof contentTypes)[number];
    type SectionName<T> = T extends { section: true; name: infer N } ? N : never;
    expectTypeOf<SectionKey>().toEqualTypeOf<SectionName<Type>>();
    expectTypeOf<typeof stories.name>().toExtend<SectionKey>();
    expectTypeOf<typeof pages.name>().not.toExtend<SectionKey>();
  });

  it('types what the CMS holds from the same fields: any may be empty, dates are text', () => {
    type Forum = InferCmsData<typeof forum.fields>;
    expectTypeOf<Forum['date']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<NonNullable<Forum['registration']>['fee']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<NonNullable<Forum['contacts']>[number]['phones']>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<NonNullable<Forum['hotel']>['rooms']>().toEqualTypeOf<
      { type?: string; price?: number; note?: string }[] | undefined
    >();
  });

  it('types display functions from their own fields', () => {
    expectTypeOf(stories.display.card).parameter(0).toEqualTypeOf<InferFields<typeof stories.fields>>();
  });
});
