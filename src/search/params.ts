import { PROVINCES } from '../schemas/provinces.ts';
import { SECTIONS, type SectionKey } from '../lib/sections.ts';

/** What the search page shows, as kept in its shareable URL (`/search/?q=…&section=news`). */
export interface SearchState {
  q: string;
  /** Section key, e.g. `stories`. */
  section?: SectionKey | undefined;
  /** Four-digit year. */
  year?: string | undefined;
  /** Province slug, e.g. `zhejiang` (ASCII, so shared links stay readable). */
  province?: string | undefined;
  sort: 'relevance' | 'date';
}

/**
 * Read the search page's URL parameters; unknown values are dropped rather than
 * trusted, so a mangled shared link still opens a working search.
 * @example readSearchParams(new URLSearchParams('q=回执&section=toolkits&sort=date'))
 *   // { q: '回执', section: 'toolkits', year: undefined, province: undefined, sort: 'date' }
 */
export function readSearchParams(params: URLSearchParams): SearchState {
  const section = SECTIONS.find((s) => s.key === params.get('section'))?.key;
  const year = /^\d{4}$/u.test(params.get('year') ?? '') ? (params.get('year') ?? undefined) : undefined;
  const province = PROVINCES.find((p) => p.slug === params.get('province'))?.slug;
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    section,
    year,
    province,
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
  if (state.sort === 'date') params.set('sort', 'date');
  return params;
}

/**
 * The Pagefind filters for a search. The index stores what templates print
 * (section label, year, province name), see ArticleLayout and StoryPlace.
 * @example pagefindFilters({ q: '', section: 'stories', province: 'zhejiang', sort: 'date' })
 *   // { section: '镇域故事', province: '浙江省' }
 */
export function pagefindFilters(state: SearchState): Record<string, string> {
  const filters: Record<string, string> = {};
  const section = SECTIONS.find((s) => s.key === state.section);
  const province = PROVINCES.find((p) => p.slug === state.province);
  if (section) filters['section'] = section.label;
  if (state.year) filters['year'] = state.year;
  if (province) filters['province'] = province.name;
  return filters;
}
