import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { editionReplyPaths } from '../../../../content.ts';
import { formWorkbook } from '../../../../forms/workbook.ts';
import { replyNotes } from '../../../../forms/reply-notes.ts';

/** The blank reply form of one edition, generated from content/forms/ at build time (no binary in git). */
export const getStaticPaths = editionReplyPaths satisfies GetStaticPaths;

interface Props {
  entry: CollectionEntry<'forum'>;
  form: CollectionEntry<'forms'>;
}

export const GET: APIRoute<Props> = async ({ props: { entry, form } }) => {
  const bytes = await formWorkbook({
    title: `${entry.data.title}${form.data.title}`,
    sections: form.data.sections,
    notes: replyNotes(entry.data),
  });
  return new Response(bytes as BodyInit, {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
};
