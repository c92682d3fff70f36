import { describe, expect, it } from 'vitest';
import { SECTIONS } from '../../../src/lib/sections.ts';
import { PROVINCES } from '../../../src/schemas/provinces.ts';
import { pagefindFilters, readSearchParams, writeSearchParams } from '../../../src/search/params.ts';

// What the search page's <select>s offer (src/pages/search.astro renders them from these lists).
const choices = {
  sections: SECTIONS.map((s) => ({ value: s.key, label: s.label })),
  provinces: PROVINCES.map((p) => ({ value: p.slug, label: p.name })),
};

describe('search URL parameters', () => {
  it('round-trips a shared search', () => {
    const params = new URLSearchParams('q=特色小镇&section=stories&year=2026&province=zhejiang&sort=date');
    const state = readSearchParams(params, choices);
    expect(state).toEqual({ q: '特色小镇', section: 'stories', year: '2026', province: 'zhejiang', sort: 'date' });
    expect(writeSearchParams(state).toString()).toBe(params.toString());
  });

  it('drops values it does not know instead of passing them on', () => {
    expect(
      readSearchParams(new URLSearchParams('section=admin&year=20x6&province=atlantis&sort=random'), choices),
    ).toEqual({
      q: '',
      section: undefined,
      year: undefined,
      province: undefined,
      sort: 'relevance',
    });
  });

  it('leaves defaults out of the URL', () => {
    expect(writeSearchParams({ q: '  ', sort: 'relevance' }).toString()).toBe('');
  });

  it('turns the state into the filter values the index stores', () => {
    expect(
      pagefindFilters({ q: '', section: 'stories', year: '2026', province: 'zhejiang', sort: 'date' }, choices),
    ).toEqual({
      section: '镇域故事',
      year: '2026',
      province: '浙江省',
    });
    expect(pagefindFilters({ q: '回执', sort: 'relevance' }, choices)).toEqual({});
  });

  it('filters investment projects by industry, by the slug the catalogue uses and the name the index stores', () => {
    const withIndustries = { ...choices, industries: [{ value: 'zhinengzhizao', label: '智能制造' }] };
    const state = readSearchParams(new URLSearchParams('industry=zhinengzhizao'), withIndustries);
    expect(state.industry).toBe('zhinengzhizao');
    expect(writeSearchParams(state).toString()).toBe('industry=zhinengzhizao');
    expect(pagefindFilters(state, withIndustries)).toEqual({ industry: '智能制造' });
    // Without projects the page offers no industry, and a shared link's industry is dropped.
    expect(readSearchParams(new URLSearchParams('industry=zhinengzhizao'), choices).industry).toBeUndefined();
  });
});
