import { pinyin } from 'pinyin-pro';
import { PROVINCES, provinceSlug } from '../schemas/provinces.ts';
import { PROJECT_STATUS } from '../schemas/project.ts';
import { libraryUrls } from './urls.ts';

/** What grouping needs of a project. */
export interface FacetProject {
  data: { province: string; industry: string; status: string };
}

/** One static list of the catalogue: the projects of one province, industry or status. */
export interface Facet<P> {
  name: string;
  slug: string;
  url: string;
  projects: P[];
}

export interface Facets<P> {
  provinces: Facet<P>[];
  industries: Facet<P>[];
  statuses: Facet<P>[];
}

/**
 * The ASCII slug of a category name: toneless pinyin, no separators.
 * @example nameSlug('智能制造') // 'zhinengzhizao'
 */
export function nameSlug(name: string): string {
  return pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function group<P extends FacetProject>(
  projects: readonly P[],
  names: readonly string[],
  key: (p: P) => string,
  slug: (name: string) => string,
  url: (slug: string) => string,
): Facet<P>[] {
  const taken = new Set<string>();
  const out: Facet<P>[] = [];
  for (const name of names) {
    const members = projects.filter((p) => key(p) === name);
    if (members.length === 0) continue;
    // Two names with the same pinyin (an edited list may have them) still get pages of their own.
    let s = slug(name) || 'x';
    for (let n = 2; taken.has(s); n++) s = `${slug(name)}-${n}`;
    taken.add(s);
    out.push({ name, slug: s, url: url(s), projects: members });
  }
  return out;
}

/**
 * The catalogue's static lists: projects by province (official order), by industry (the editors'
 * list order, then any other name in order of appearance) and by status; only lists with projects.
 * Each list keeps the order it was given (newest first).
 * @example projectFacets(projects, ['智能制造']).industries[0] // { name: '智能制造', slug: 'zhinengzhizao', url: '/projects/industries/zhinengzhizao/', projects: [...] }
 */
export function projectFacets<P extends FacetProject>(
  projects: readonly P[],
  industries: readonly string[],
): Facets<P> {
  const industryNames = [...new Set([...industries, ...projects.map((p) => p.data.industry)])];
  return {
    provinces: group(
      projects,
      PROVINCES.map((p) => p.name),
      (p) => p.data.province,
      provinceSlug,
      libraryUrls.province,
    ),
    industries: group(projects, industryNames, (p) => p.data.industry, nameSlug, libraryUrls.industry),
    statuses: group(projects, PROJECT_STATUS, (p) => p.data.status, nameSlug, libraryUrls.status),
  };
}
