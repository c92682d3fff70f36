import type { APIRoute } from 'astro';
import { editionWorkbook } from '../../rankings/edition-workbook.ts';

/** The blank template editors fill in: the fixed columns of the content definition, no rows. */
export const GET: APIRoute = async () =>
  new Response((await editionWorkbook([])) as BodyInit, {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
