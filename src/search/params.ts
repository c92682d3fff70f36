import type { SectionKey } from '../lib/sections.ts';

/** One value the search form offers: what the URL carries, and what the index stores. */
export interface Choice {
  /** In the URL: a section key (`stories`) or a province slug (`zhejiang`). */
  value: string;
  /** In the index: the section label (镇域故事) or the province name (浙江省), as templates print them. */
  label: string;
}

/**
 * The sections and provinces the search form offers. The page reads them from its own `<select>`s,
 * which the server rendered from the section list and the province list: the browser code then
 * needs neither list (the section list comes from every content type's definition).
 */
export interface SearchChoices {
  sections: readonly Choice[];
  provinces: readonly Choice[];
  /** Industries of the published investment projects (slug → name); absent while there are none. */
  industries?: readonly Choice[];
}

/** What the search page shows, as kept in its shareable URL (`/search/?q=…&section=news`). */
export interface SearchState {
  q: string;
  /** Section key, e.g. `stories`. */
  section?: SectionKey | undefined;
  /** Four-digit year. */
  year?: string | undefined;
  /** Province slug, e.g. `zhejiang` (ASCII, so shared links stay readable). */
  province?: string | undefined;
  /** Industry slug of the investment projects, e.g. `zhinengzhizao`. */
  industry?: string | undefined;
  sort: 'relevance' | 'date';
}

/**
 * Read the search page's URL parameters; unknown values are dropped rather than
 * trusted, so a mangled shared link still opens a working search.
 * @example readSearchParams(new URLSearchParams('q=回执&section=toolkits&sort=date'), choices)
 *   // { q: '回执', section: 'toolkits', year: undefined, province: undefined, sort: 'date' }
 */
export function readSearchParams(params: URLSearchParams, choices: SearchChoices): SearchState {
  const section = choices.sections.find((s) => s.value === params.get('section'))?.value as SectionKey | undefined;
  const year = /^\d{4}$/u.test(params.get('year') ?? '') ? (params.get('year') ?? undefined) : undefined;
  const province = choices.provinces.find((p) => p.value === params.get('province'))?.value;
  const industry = choices.industries?.find((i) => i.value === params.get('industry'))?.value;
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    section,
    year,
    province,
    industry,
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
  };
}

/**
 * The URL parameters for a search, leaving out empty values and defaults.
 * @example writeSearchParams({ q: '回执', sort: 'relevance' }).toString() // 'q=%E5%9B%9E%E6%89%A7'
 */
export function writeSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  if (state.section) params.set('section', state.section);
  if (state.year) params.set('year', state.year);
  if (state.province) params.set('province', state.province);
  if (state.industry) params.set('industry', state.industry);
  if (state.sort === 'date') params.set('sort', 'date');
  return params;
}

/**
 * The Pagefind filters for a search. The index stores what templates print
 * (section label, year, province name, a project's industry), see ArticleLayout, StoryPlace and
 * src/components/library/ProjectFacts.astro.
 * @example pagefindFilters({ q: '', section: 'stories', province: 'zhejiang', sort: 'date' }, choices)
 *   // { section: '镇域故事', province: '浙江省' }
 */
export function pagefindFilters(state: SearchState, choices: SearchChoices): Record<string, string> {
  const filters: Record<string, string> = {};
  const section = choices.sections.find((s) => s.value === state.section);
  const province = choices.provinces.find((p) => p.value === state.province);
  const industry = choices.industries?.find((i) => i.value === state.industry);
  if (section) filters['section'] = section.label;
  if (state.year) filters['year'] = state.year;
  if (province) filters['province'] = province.label;
  if (industry) filters['industry'] = industry.label;
  return filters;
}
