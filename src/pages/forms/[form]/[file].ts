import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { siteSettings, standaloneForms } from '../../../content.ts';
import { blankName } from '../../../forms/blank-name.ts';
import { formWorkbook } from '../../../forms/workbook.ts';

/**
 * The blank version of a form not tied to a forum edition, generated at build time (no binary in git),
 * at /forms/<id>/镇域发展问卷（空白）.xlsx: the URL names the file (src/forms/blank-name.ts).
 */
export const getStaticPaths = (async () =>
  (await standaloneForms()).map((form) => ({
    params: { form: form.id, file: blankName(form.data.title) },
    props: { form },
  }))) satisfies GetStaticPaths;

interface Props {
  form: CollectionEntry<'forms'>;
}

export const GET: APIRoute<Props> = async ({ props: { form } }) => {
  const email = form.data.sendTo ?? (await siteSettings()).contact.email;
  const bytes = formWorkbook({
    title: form.data.title,
    sections: form.data.sections,
    notes: [`填写后请发送至 ${email}。`],
  });
  return new Response(bytes as BodyInit, {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
};
