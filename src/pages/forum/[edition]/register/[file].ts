import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { editionReplyPaths } from '../../../../content.ts';
import { blankName } from '../../../../forms/blank-name.ts';
import { formWorkbook } from '../../../../forms/workbook.ts';
import { replyNotes } from '../../../../forms/reply-notes.ts';
import { editionStatus } from '../../../../forum/status.ts';

/**
 * The blank reply form of one edition, generated from content/forms/ at build time (no binary in git),
 * at /forum/<edition>/register/参会回执表（空白）.xlsx: the URL names the file (src/forms/blank-name.ts).
 * Its notes follow the edition's state on the build day: after the deadline they are a record.
 */
export const getStaticPaths = (async () =>
  (await editionReplyPaths()).map(({ params, props }) => ({
    params: { ...params, file: blankName(props.form.data.title) },
    props,
  }))) satisfies GetStaticPaths;

interface Props {
  entry: CollectionEntry<'forum'>;
  form: CollectionEntry<'forms'>;
}

export const GET: APIRoute<Props> = ({ props: { entry, form } }) => {
  const bytes = formWorkbook({
    title: `${entry.data.title}${form.data.title}`,
    sections: form.data.sections,
    notes: replyNotes(entry.data, editionStatus(entry.data).state),
  });
  return new Response(bytes as BodyInit, {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
};
