import list from '../../content/settings/industries.json' with { type: 'json' };
import { f, defineType } from './fields.ts';

/**
 * 产业类别：招商项目的“产业”从这份名单中选择。只有一份：content/settings/industries.json。
 * The project type reads the list when the site (and its CMS) is built, so a new category can be
 * chosen once the list is published; a project naming a category no longer listed stops the build.
 */
export const industries = defineType({
  name: 'industries',
  label: '产业类别',
  labelSingular: '产业类别',
  description: '招商项目可选的产业类别，每行一个；开头几项取自论坛邀请函的用词。',
  editorNote: '新增的类别在这份名单发布、网站重新构建之后才能在招商项目中选用；删去某个类别前，请先修改用到它的项目。',
  body: false,
  file: 'settings/industries.json',
  fields: {
    industries: f.strings('产业类别', { min: 1, hint: '每行一个，例如：智能制造' }),
  },
  display: { preview: 'industries' },
});

/** The categories a project may name, in the editors' order. */
export const INDUSTRIES: readonly string[] = list.industries;
