/**
 * Every content query the pages use: published only, newest first.
 * Pages never filter collections themselves.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import path from 'node:path';
import { formDefProblems } from './forms/def-problems.ts';
import { contentDir } from './lib/content-dir.ts';
import { formatProblems } from './lib/content-problem.ts';
import { loadDivisions } from './divisions/load.ts';
import { officialTown, sameCounty, townParts, type TownParts } from './divisions/town-parts.ts';
import { libraryProfiles, libraryProjects } from './library/entries.ts';
import type { Edition } from './rankings/edition.ts';
import { readEdition } from './rankings/read-edition.ts';
import { buildTownIndex, type TownRecord } from './rankings/town-index.ts';
import { townKey } from './rankings/town-slugs.ts';
import { PROVINCES, provinceSlug } from './schemas/provinces.ts';
import { entryUrl } from './lib/entry-url.ts';
import { published } from './lib/published.ts';
import type { SectionKey } from './lib/sections.ts';

export type SectionEntry = CollectionEntry<SectionKey>;
export type Story = CollectionEntry<'stories'>;

/** Published entries of one section, newest first. */
export async function sectionEntries<K extends SectionKey>(key: K): Promise<CollectionEntry<K>[]> {
  return published(await getCollection(key));
}

/** Standalone pages (about, contact, …), drafts excluded. */
export async function standalonePages(): Promise<CollectionEntry<'pages'>[]> {
  return published(await getCollection('pages'));
}

/** Site settings: name, contacts, filing numbers, navigation. */
export async function siteSettings(): Promise<CollectionEntry<'settings'>['data']> {
  const entry = await getEntry('settings', 'site');
  if (!entry) throw new Error('content/settings/site.json 缺失：站点设置是必需的');
  return entry.data;
}

/** The forum edition readers should see first: the next upcoming one, else the latest. */
export async function currentForum(now = new Date()): Promise<CollectionEntry<'forum'> | undefined> {
  const editions = await sectionEntries('forum');
  const upcoming = editions.filter((e) => e.data.date.getTime() >= now.getTime() - 86_400_000);
  return upcoming.at(-1) ?? editions[0];
}

/** Each published forum edition with the reply form (the form marked 随论坛届次), for its register page and blank file. */
export async function editionReplyPaths(): Promise<
  { params: { edition: string }; props: { entry: CollectionEntry<'forum'>; form: CollectionEntry<'forms'> } }[]
> {
  const form = (await onlineForms()).find((f) => f.data.perEdition);
  if (!form) return [];
  return (await sectionEntries('forum')).map((entry) => ({ params: { edition: entry.id }, props: { entry, form } }));
}

/** Forms not tied to a forum edition (镇域发展问卷), served at /forms/<id>/. */
export async function standaloneForms(): Promise<CollectionEntry<'forms'>[]> {
  return (await onlineForms()).filter((f) => !f.data.perEdition);
}

export interface Place {
  slug: string;
  name: string;
  stories: Story[];
}

/** Town stories grouped by province, provinces in the order of the official list (src/schemas/provinces.ts). */
export async function storiesByProvince(): Promise<(Place & { towns: Place[] })[]> {
  const stories = await sectionEntries('stories');
  const groups = new Map<string, Story[]>();
  for (const s of stories) groups.set(s.data.province, [...(groups.get(s.data.province) ?? []), s]);
  const towns = await storiesByTown();
  const order = (name: string) => PROVINCES.findIndex((p) => p.name === name);
  return [...groups]
    .sort(([a], [b]) => order(a) - order(b))
    .map(([name, list]) => ({
      name,
      slug: provinceSlug(name),
      stories: list,
      towns: towns.filter((t) => t.stories[0]?.data.province === name),
    }));
}

/** Town stories grouped by town (keyed by the town's pinyin slug). */
export async function storiesByTown(): Promise<(Place & { province: string; city: string })[]> {
  const stories = await sectionEntries('stories');
  const groups = new Map<string, Story[]>();
  for (const s of stories) groups.set(s.data.townSlug, [...(groups.get(s.data.townSlug) ?? []), s]);
  return [...groups].map(([slug, list]) => {
    const first = list[0]!.data;
    return { slug, name: first.town, province: first.province, city: first.city, stories: list };
  });
}

/**
 * Online forms (回执表, 问卷) defined in content/forms/, drafts excluded. Throws, naming the file,
 * when a definition is inconsistent in ways the schema cannot check (src/forms/def-problems.ts).
 */
export async function onlineForms(): Promise<CollectionEntry<'forms'>[]> {
  const forms = published(await getCollection('forms'));
  for (const form of forms) {
    const problems = formDefProblems(form.data);
    if (problems.length > 0) throw new Error(`content/forms/${form.id}.md：\n${problems.join('\n')}`);
  }
  return forms;
}

/** A town of the rankings or the stories, with its place in every edition, its stories and its full official name. */
export type Town = TownRecord<Edition, Story> & { parts: TownParts };

let editionsRead: Promise<Edition[]> | undefined;
let townsBuilt: Promise<Town[]> | undefined;

/** Published (已发布) ranking editions with their rows, newest year first; read once per build. */
export function rankingEditions(): Promise<Edition[]> {
  editionsRead ??= (async () => {
    const entries = (await getCollection('rankings')).filter((e) => e.data.status === '已发布');
    const editions = await Promise.all(
      entries.map(async (entry) => {
        const file = path.join(contentDir(), 'rankings', entry.data.dataFile);
        const { rows, problems } = await readEdition(file, entry.data.indicators);
        // The content checks stop a build before this; `astro dev` only warns, so stop here too.
        if (problems.length > 0) throw new Error(formatProblems(problems.map((p) => ({ ...p, file }))));
        return { ...entry, rows };
      }),
    );
    return editions.sort((a, b) => b.data.year - a.data.year || a.id.localeCompare(b.id));
  })();
  return editionsRead;
}

/**
 * Every town of the published editions, the stories and the library, one slug each (src/rankings/town-index.ts),
 * with its 省, 市, 县, 镇 and division code (src/divisions/).
 * Equal pinyin told apart is reported in the build log; one town given two slugs stops the build.
 */
export function rankedTowns(): Promise<Town[]> {
  townsBuilt ??= (async () => {
    // A town is its official division code; the content checks let through only official towns and those on the editors' list.
    const index = loadDivisions();
    const listed = (await getEntry('newTowns', 'new-towns'))?.data.towns ?? [];
    const places = [
      ...(await libraryProfiles()).map((p) => ({ ...p, kind: '镇域产业档案' })),
      ...(await libraryProjects()).map((p) => ({ ...p, kind: '招商项目' })),
    ];
    const { towns, notes, conflicts } = buildTownIndex(await rankingEditions(), await sectionEntries('stories'), {
      places,
      identify: (t) => officialTown(index, t),
    });
    if (conflicts.length > 0) throw new Error(`镇的网址拼音有冲突：\n${conflicts.map((c) => `  ${c}`).join('\n')}`);
    for (const note of notes) console.info(`[towns] ${note}`);
    return towns
      .map((t) => ({ ...t, parts: townParts(index, listed, t) }))
      .sort((a, b) => a.slug.localeCompare(b.slug));
  })();
  return townsBuilt;
}

/**
 * Each town's slug by the names its rows give it (province|county|town), for linking a table row to
 * its town page: one town may be written 安吉县 in one edition and 湖州市安吉县 in another.
 */
export async function townSlugs(): Promise<Map<string, string>> {
  return new Map(
    (await rankedTowns()).flatMap((t) => [
      [townKey(t), t.slug] as const,
      ...t.results.map((r) => [townKey(r.row), t.slug] as const),
    ]),
  );
}

/** The static paths of /towns/<town>/: one page per town, with the other towns of its county and the count of its province. */
export async function townPaths() {
  const towns = await rankedTowns();
  return towns.map((town) => ({
    params: { town: town.slug },
    props: {
      town,
      county: towns.filter((t) => t !== town && sameCounty(t.parts, town.parts)),
      inProvince: towns.filter((t) => t.province === town.province).length,
    },
  }));
}

/** The static paths of /towns/provinces/<province>/: a province's towns across the editions. */
export async function provinceTownPaths() {
  const towns = await rankedTowns();
  const editions = await rankingEditions();
  return PROVINCES.map((p) => ({ province: p, towns: towns.filter((t) => t.province === p.name) }))
    .filter((p) => p.towns.length > 0)
    .map(({ province, towns }) => ({ params: { province: province.slug }, props: { province, towns, editions } }));
}

export type TownPageProps = Awaited<ReturnType<typeof townPaths>>[number]['props'];
export type ProvinceTownsPageProps = Awaited<ReturnType<typeof provinceTownPaths>>[number]['props'];

/**
 * Where readers fill in an online form, by its id: a form 随论坛届次 under the current forum
 * edition (/forum/2026/register/), any other at /forms/<id>/. Undefined for an unknown or draft form.
 * @example await onlineFormLink('questionnaire') // { href: '/forms/questionnaire/', title: '镇域发展问卷' }
 */
export async function onlineFormLink(id: string): Promise<{ href: string; title: string } | undefined> {
  const form = (await onlineForms()).find((f) => f.id === id);
  if (!form) return undefined;
  if (!form.data.perEdition) return { href: entryUrl('forms', form.id), title: form.data.title };
  const forum = await currentForum();
  return forum ? { href: `${entryUrl('forum', forum.id)}register/`, title: form.data.title } : undefined;
}
