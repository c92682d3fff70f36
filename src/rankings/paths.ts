/**
 * The static paths of the rankings routes under src/pages/rankings/, from the published editions
 * the route reads (`rankingEditions()` in src/content.ts), so that each route only names its paths
 * and renders. The town pages' paths are queries in src/content.ts (`townPaths`, `provinceTownPaths`).
 * @example export const getStaticPaths = (async () => editionPaths(await rankingEditions())) satisfies GetStaticPaths;
 */

import { PROVINCES } from '../schemas/provinces.ts';
import { rankingColumns } from './columns.ts';
import type { Edition } from './edition.ts';
import { sortRows } from './sort-rows.ts';

/** Each published edition's whole table in the order of each sortable column. */
function sortedTables(editions: Edition[]) {
  return editions.flatMap((edition) =>
    rankingColumns(edition.data.indicators)
      .filter((column) => column.sort)
      .map((column) => ({ edition, column, rows: sortRows(edition.rows, column) })),
  );
}

/** /rankings/<edition>/: the whole table in its own order (by rank). */
export const editionPaths = (editions: Edition[]) =>
  sortedTables(editions)
    .filter((t) => t.column.order)
    .map(({ edition, column, rows }) => ({
      params: { edition: edition.id },
      props: { edition, rows, sortedBy: column.key },
    }));

/** /rankings/<edition>/sort/<column>/: the whole table by each other sortable column, sorting without JavaScript. */
export const sortedPaths = (editions: Edition[]) =>
  sortedTables(editions)
    .filter((t) => !t.column.order)
    .map(({ edition, column, rows }) => ({
      params: { edition: edition.id, column: column.key },
      props: { edition, rows, sortedBy: column.key },
    }));

/** /rankings/<edition>/provinces/<province>/: one province's towns in an edition, filtering without JavaScript. */
export const editionProvincePaths = (editions: Edition[]) =>
  editions.flatMap((edition) =>
    PROVINCES.map((province) => ({ province, rows: edition.rows.filter((r) => r.province === province.name) }))
      .filter((p) => p.rows.length > 0)
      .map(({ province, rows }) => ({
        params: { edition: edition.id, province: province.slug },
        props: { edition, province, rows },
      })),
  );

/** /rankings/<edition>/<edition>.csv and .xlsx: written from the rows the build read (never a copy of the upload). */
export const downloadPaths = (editions: Edition[]) =>
  editions.flatMap((edition) =>
    (['csv', 'xlsx'] as const).map((ext) => ({
      params: { file: `${edition.id}.${ext}`, edition: edition.id },
      props: { edition, ext },
    })),
  );

/** The props a route's page gets from its paths. */
type PropsOf<P extends (editions: Edition[]) => { props: unknown }[]> = ReturnType<P>[number]['props'];
export type EditionPageProps = PropsOf<typeof editionPaths>;
export type SortedPageProps = PropsOf<typeof sortedPaths>;
export type EditionProvincePageProps = PropsOf<typeof editionProvincePaths>;
export type DownloadProps = PropsOf<typeof downloadPaths>;
