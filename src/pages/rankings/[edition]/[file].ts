import type { APIRoute, GetStaticPaths } from 'astro';
import { rankingEditions } from '../../../content.ts';
import { rankingColumns } from '../../../rankings/columns.ts';
import { editionWorkbook, rowCells } from '../../../rankings/edition-workbook.ts';
import { downloadPaths, type DownloadProps } from '../../../rankings/paths.ts';
import { toCsv } from '../../../rankings/to-csv.ts';

export const getStaticPaths = (async () => downloadPaths(await rankingEditions())) satisfies GetStaticPaths;

export const GET: APIRoute<DownloadProps> = async ({ props: { edition, ext } }) => {
  const { indicators = [] } = edition.data;
  if (ext === 'csv') {
    const text = toCsv([rankingColumns(indicators).map((c) => c.label), ...edition.rows.map(rowCells)]);
    return new Response(text, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  }
  return new Response((await editionWorkbook(indicators, edition.rows)) as BodyInit, {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
};
