/**
 * The static paths of every rankings route (src/pages/rankings/, src/pages/towns/), so that each
 * route file only imports its paths and renders.
 * @example export const getStaticPaths = editionPaths; // in src/pages/rankings/[edition]/index.astro
 */

import type { GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { rankedTowns, rankingEditions } from '../content.ts';
import { sameCounty } from '../divisions/town-parts.ts';
import { PROVINCES } from '../schemas/provinces.ts';
import { rankingColumns } from './columns.ts';
import { sortRows } from './sort-rows.ts';

/** Each published edition's whole table in the order of each sortable column. */
async function sortedTables() {
  return (await rankingEditions()).flatMap((edition) =>
    rankingColumns(edition.data.indicators)
      .filter((column) => column.sort)
      .map((column) => ({ edition, column, rows: sortRows(edition.rows, column) })),
  );
}

/** /rankings/<edition>/: the whole table in its own order (by rank). */
export const editionPaths = (async () =>
  (await sortedTables())
    .filter((t) => t.column.order)
    .map(({ edition, column, rows }) => ({
      params: { edition: edition.id },
      props: { edition, rows, sortedBy: column.key },
    }))) satisfies GetStaticPaths;

/** /rankings/<edition>/sort/<column>/: the whole table by each other sortable column, sorting without JavaScript. */
export const sortedPaths = (async () =>
  (await sortedTables())
    .filter((t) => !t.column.order)
    .map(({ edition, column, rows }) => ({
      params: { edition: edition.id, column: column.key },
      props: { edition, rows, sortedBy: column.key },
    }))) satisfies GetStaticPaths;

/** /rankings/<edition>/provinces/<province>/: one province's towns in an edition, filtering without JavaScript. */
export const editionProvincePaths = (async () =>
  (await rankingEditions()).flatMap((edition) =>
    PROVINCES.map((province) => ({ province, rows: edition.rows.filter((r) => r.province === province.name) }))
      .filter((p) => p.rows.length > 0)
      .map(({ province, rows }) => ({
        params: { edition: edition.id, province: province.slug },
        props: { edition, province, rows },
      })),
  )) satisfies GetStaticPaths;

/** /rankings/<edition>/<edition>.csv and .xlsx: written from the rows the build read (never a copy of the upload). */
export const downloadPaths = (async () =>
  (await rankingEditions()).flatMap((edition) =>
    (['csv', 'xlsx'] as const).map((ext) => ({
      params: { file: `${edition.id}.${ext}`, edition: edition.id },
      props: { edition, ext },
    })),
  )) satisfies GetStaticPaths;

/** /towns/<town>/: one page per town, with the other towns of its county and the count of its province. */
export const townPaths = (async () => {
  const towns = await rankedTowns();
  return towns.map((town) => ({
    params: { town: town.slug },
    props: {
      town,
      county: towns.filter((t) => t !== town && sameCounty(t.parts, town.parts)),
      inProvince: towns.filter((t) => t.province === town.province).length,
    },
  }));
}) satisfies GetStaticPaths;

/** /towns/provinces/<province>/: a province's towns across the editions. */
export const provinceTownPaths = (async () => {
  const towns = await rankedTowns();
  const editions = await rankingEditions();
  return PROVINCES.map((p) => ({ province: p, towns: towns.filter((t) => t.province === p.name) }))
    .filter((p) => p.towns.length > 0)
    .map(({ province, towns }) => ({ params: { province: province.slug }, props: { province, towns, editions } }));
}) satisfies GetStaticPaths;

export type EditionPageProps = InferGetStaticPropsType<typeof editionPaths>;
export type SortedPageProps = InferGetStaticPropsType<typeof sortedPaths>;
export type EditionProvincePageProps = InferGetStaticPropsType<typeof editionProvincePaths>;
export type DownloadProps = InferGetStaticPropsType<typeof downloadPaths>;
export type TownPageProps = InferGetStaticPropsType<typeof townPaths>;
export type ProvinceTownsPageProps = InferGetStaticPropsType<typeof provinceTownPaths>;
