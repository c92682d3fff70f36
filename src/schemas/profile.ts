import { defineType, f, hiddenField, type InferFields } from './fields.ts';
import { libraryTownFields } from './library-town.ts';

/** The field a returned questionnaire is chosen at; its answers fill the profile on save. */
export const QUESTIONNAIRE_FIELD = 'questionnaire';

/** What the questionnaire's yes/no questions answer. */
export const INTENT = ['有意向', '无'] as const;

/**
 * 镇域产业档案：一个镇至多一份，字段取自镇域发展问卷第 1–5 项。没有填写的字段不在网页上显示。
 * 档案没有自己的网页，显示在镇的页面上。
 */
export const profiles = defineType({
  name: 'profiles',
  label: '镇域产业档案',
  labelSingular: '镇域产业档案',
  description: '各镇的特色产业、特产、龙头企业、招商意向和发展需求，取自镇政府填写的镇域发展问卷；显示在镇的页面上。',
  editorNote:
    '一个镇只能有一份档案。可以在“从问卷导入”处上传镇政府交回的问卷 Excel 文件，自动填入下面的字段，核对后再提交审核。',
  body: false,
  extensions: ['.md'],
  extensionsNote: '镇域产业档案请用 .md',
  fileName: '{{fields.townSlug}}',
  fields: {
    ...libraryTownFields,
    // Read in the editor's browser and emptied on save (admin/questionnaire-import.ts): the returned
    // workbook names people and phones, so it is never saved; only the answers to items 1-5 are.
    [QUESTIONNAIRE_FIELD]: f.string('从问卷导入', {
      required: false,
      hint: '选择镇政府交回的问卷文件（本站“镇域发展问卷”生成的 .xlsx）。第 1–5 项的回答在保存时填入下面空着的字段，文件本身不保存。问卷里没有省份、县和网址拼音，请照常填写；保存后在“审核中”之前核对。',
    }),
    featuredIndustry: f.text('意向打造的特色产业', { required: false, hint: '问卷第 1 项', maxLength: 500 }),
    specialties: f.list('当地特产', {
      required: false,
      hint: '问卷第 2 项：工业品、农产品、技术服务等，每项一条',
      summary: '{{fields.name}}',
      of: {
        name: f.string('特产', { maxLength: 200 }),
        kind: f.select('类别', { required: false, options: ['工业品', '农产品', '技术服务', '其他'] }),
      },
    }),
    leadingFirms: f.list('特产龙头企业', {
      required: false,
      hint: '问卷第 3 项：企业名称、规模、全国或世界范围的市场占有率',
      summary: '{{fields.name}}',
      of: {
        name: f.string('企业名称', { maxLength: 200 }),
        size: f.string('规模', { required: false, hint: '例如：员工 1200 人，年产值 15 亿元' }),
        share: f.string('市场占有率', { required: false, hint: '例如：全国 30%；世界 10%' }),
        shareSource: f.string('占有率的来源', { required: false, hint: '谁统计的，例如：企业年报、行业协会' }),
        shareYear: f.number('占有率的年份', { required: false, integer: true, min: 1990, max: 2100 }),
      },
    }),
    investment: f.select('招商及地方推介意向', { required: false, options: INTENT, hint: '问卷第 4 项' }),
    needs: f.text('当地发展需求', { required: false, hint: '问卷第 4 项', maxLength: 1000 }),
    partners: f.text('希望交流的组织或企业', { required: false, hint: '问卷第 4 项', maxLength: 1000 }),
    source: f.string('信息来源', {
      hint: '例如：镇政府填写的镇域发展问卷（2026 年 5 月交回）',
      maxLength: 200,
    }),
    date: f.date('填报日期', { required: false, hint: '问卷交回的日期，格式 YYYY-MM-DD' }),
    draft: hiddenField,
  },
});

/** One profile's data as stored in content/profiles/. */
export type ProfileData = InferFields<(typeof profiles)['fields']>;
