import type { APIRoute, GetStaticPaths } from 'astro';
import { rankingEditions, type Edition } from '../../../content.ts';
import { rankingColumns } from '../../../rankings/columns.ts';
import { editionWorkbook, rowCells } from '../../../rankings/edition-workbook.ts';
import { toCsv } from '../../../rankings/to-csv.ts';

/** Each edition as <id>.csv and <id>.xlsx, written from the rows the build read (never a copy of the upload). */
export const getStaticPaths = (async () =>
  (await rankingEditions()).flatMap((edition) =>
    (['csv', 'xlsx'] as const).map((ext) => ({
      params: { file: `${edition.id}.${ext}`, edition: edition.id },
      props: { edition, ext },
    })),
  )) satisfies GetStaticPaths;

interface Props {
  edition: Edition;
  ext: 'csv' | 'xlsx';
}

export const GET: APIRoute<Props> = async ({ props: { edition, ext } }) => {
  const { indicators = [] } = edition.data;
  if (ext === 'csv') {
    const text = toCsv([rankingColumns(indicators).map((c) => c.label), ...edition.rows.map(rowCells)]);
    return new Response(text, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  }
  return new Response((await editionWorkbook(indicators, edition.rows)) as BodyInit, {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
};
