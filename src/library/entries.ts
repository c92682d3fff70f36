/**
 * The library's content queries: published profiles and projects, checked once per build for what
 * the schema cannot see (src/library/check-library.ts). Pages never filter these collections themselves.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { formatProblems } from '../lib/content-problem.ts';
import { published } from '../lib/published.ts';
import { libraryProblems } from './check-library.ts';

export type Project = CollectionEntry<'projects'>;
export type Profile = CollectionEntry<'profiles'>;

let read: Promise<{ projects: Project[]; profiles: Profile[] }> | undefined;

/** Published projects (newest first) and profiles; the build stops, naming file and field, on a library problem. */
function library(): Promise<{ projects: Project[]; profiles: Profile[] }> {
  read ??= (async () => {
    const projects = published(await getCollection('projects'));
    const profiles = (await getCollection('profiles')).filter((p) => !p.data.draft);
    const problems = libraryProblems(profiles, projects);
    if (problems.length > 0) throw new Error(formatProblems(problems));
    return { projects, profiles };
  })();
  return read;
}

/** Published projects, newest first. */
export async function libraryProjects(): Promise<Project[]> {
  return (await library()).projects;
}

/** Published profiles, at most one per town. */
export async function libraryProfiles(): Promise<Profile[]> {
  return (await library()).profiles;
}

/** A town's profile (if any) and projects (newest first), by the town's slug. */
export async function townLibrary(townSlug: string): Promise<{ profile: Profile | undefined; projects: Project[] }> {
  const { projects, profiles } = await library();
  return {
    profile: profiles.find((p) => p.data.townSlug === townSlug),
    projects: projects.filter((p) => p.data.townSlug === townSlug),
  };
}

/** The editors' list of industries (content/settings/industries.json). */
export async function industryList(): Promise<string[]> {
  return (await getEntry('industries', 'industries'))?.data.industries ?? [];
}
