import { defineType, f, hiddenField, type InferFields } from './fields.ts';
import { INDUSTRIES } from './industries.ts';
import { libraryTownFields } from './library-town.ts';

/** Where a project stands; the catalogue has one list page per status. */
export const PROJECT_STATUS = ['征集中', '洽谈中', '已签约'] as const;

/**
 * 招商项目：镇的招商引资项目，编辑或通讯员录入，经编辑审核后发布。
 * Shown in the catalogue at /projects/ and on the town's page.
 */
export const projects = defineType({
  name: 'projects',
  label: '招商项目',
  labelSingular: '招商项目',
  description: '各镇发布的招商引资项目：产业、投资规模、合作方式、用地和进展。完整的投资项目目录依申请发送。',
  editorNote: '通讯员也可以录入项目，经编辑审核后发布。“信息来源”写明项目信息由谁提供。',
  urlBase: '/projects/',
  // Plain Markdown: projects may come from correspondents, whose text is untrusted.
  extensions: ['.md'],
  extensionsNote: '招商项目请用纯 Markdown（.md）',
  body: true,
  fields: {
    title: f.string('项目名称', { hint: '将显示在页面、分享卡片和搜索结果中', maxLength: 120 }),
    date: f.date('发布日期', { hint: '格式 YYYY-MM-DD' }),
    ...libraryTownFields,
    industry: f.select('产业', { options: INDUSTRIES, hint: '名单在“产业类别”中编辑' }),
    investmentMin: f.number('投资规模下限（万元）', {
      required: false,
      min: 0,
      hint: '只有一个数时，上下限填同一个数',
    }),
    investmentMax: f.number('投资规模上限（万元）', { required: false, min: 0 }),
    cooperation: f.string('合作方式', { required: false, hint: '例如：独资、合资、租赁厂房', maxLength: 200 }),
    space: f.string('用地或空间', {
      required: false,
      hint: '例如：工业用地 50 亩；标准厂房 5000 平方米',
      maxLength: 200,
    }),
    stage: f.string('项目阶段', { required: false, hint: '例如：前期策划、已立项、在建', maxLength: 100 }),
    status: f.select('状态', { options: PROJECT_STATUS, default: '征集中' }),
    summary: f.text('摘要', { hint: '一两句话概括项目，用于列表、搜索和分享', maxLength: 300 }),
    source: f.string('信息来源', { hint: '例如：某某镇人民政府招商办公室', maxLength: 200 }),
    draft: hiddenField,
  },
});

/** One project's data as stored in content/projects/. */
export type ProjectData = InferFields<(typeof projects)['fields']>;
