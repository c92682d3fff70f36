/**
 * The catalogue's static paths: the list of all projects newest first, one list per province,
 * industry, status and town (each paginated like a section), and one page per project.
 */
import { PAGE_SIZE } from '../lib/list-paths.ts';
import { paginate, type Page } from '../lib/paginate.ts';
import { industryList, libraryProjects, type Project } from './entries.ts';
import { projectFacets, type Facet, type Facets } from './facets.ts';
import { rankingUrls } from '../rankings/urls.ts';
import { libraryUrls } from './urls.ts';

/** Which list a catalogue page shows: all projects, or one province, industry or status. */
// Types, not interfaces: Astro's page props need an index signature.
export type CatalogueList = {
  /** The list's name in titles and breadcrumbs, e.g. 浙江省; absent for all projects. */
  name?: string;
  /** What kind of list: 省份、产业、状态、镇. */
  kind?: string;
  /** A town's list: the town's page, which shows its profile and newest projects. */
  townPage?: string;
  page: Page<Project>;
  facets: Facets<Project>;
};

/** The path parameter of a list page under /projects/ (undefined for /projects/ itself). */
function param(url: string): string | undefined {
  const rest = url.slice(libraryUrls.list.length).replace(/\/$/, '');
  return rest === '' ? undefined : rest;
}

/** One list per town with projects, at its town page's slug, named by its county and town (安吉县孝丰镇). */
function townLists(
  projects: Project[],
): { name: string; kind: string; url: string; townPage: string; projects: Project[] }[] {
  const towns = new Map<string, Project[]>();
  for (const p of projects) towns.set(p.data.townSlug, [...(towns.get(p.data.townSlug) ?? []), p]);
  return [...towns].map(([slug, own]) => ({
    name: `${own[0]!.data.county}${own[0]!.data.town}`,
    kind: '镇',
    url: libraryUrls.town(slug),
    townPage: rankingUrls.town(slug),
    projects: own,
  }));
}

/** Every list page of the catalogue, for `src/pages/projects/[...list].astro`. */
export async function catalogueListPaths(): Promise<{ params: { list: string | undefined }; props: CatalogueList }[]> {
  const projects = await libraryProjects();
  const facets = projectFacets(projects, await industryList());
  const lists: { name?: string; kind?: string; url: string; townPage?: string; projects: Project[] }[] = [
    { url: libraryUrls.list, projects },
    ...facets.provinces.map((f: Facet<Project>) => ({ ...f, kind: '省份' })),
    ...facets.industries.map((f) => ({ ...f, kind: '产业' })),
    ...facets.statuses.map((f) => ({ ...f, kind: '状态' })),
    ...townLists(projects),
  ];
  return lists.flatMap((list) =>
    paginate(list.projects, PAGE_SIZE, list.url).map((page) => ({
      params: { list: param(page.url) },
      props: {
        ...(list.name ? { name: list.name, kind: list.kind } : {}),
        ...(list.townPage ? { townPage: list.townPage } : {}),
        page,
        facets,
      },
    })),
  );
}

/** What a project's page shows besides the project: the lists it belongs to and its town's page. */
export type ProjectPage = {
  project: Project;
  links: { province: string; industry: string; status: string; town: string };
};

/** One page per published project, for `src/pages/projects/[slug].astro`. */
export async function projectPaths(): Promise<{ params: { slug: string }; props: ProjectPage }[]> {
  const projects = await libraryProjects();
  const facets = projectFacets(projects, await industryList());
  const urlOf = (list: Facet<Project>[], name: string) => list.find((f) => f.name === name)?.url ?? libraryUrls.list;
  return projects.map((project) => ({
    params: { slug: project.id },
    props: {
      project,
      links: {
        province: urlOf(facets.provinces, project.data.province),
        industry: urlOf(facets.industries, project.data.industry),
        status: urlOf(facets.statuses, project.data.status),
        town: rankingUrls.town(project.data.townSlug),
      },
    },
  }));
}
