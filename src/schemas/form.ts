import { defineType, f, hiddenField, type InferFields } from './fields.ts';
import { GLOSSARY } from './glossary.ts';
import { patterns } from './patterns.ts';

/** The word for a part of a form (src/schemas/glossary.ts). */
const PART = GLOSSARY.formPart;

/** What a reader may type into one form field; each kind has its own check and Chinese message. */
export const FORM_FIELD_KINDS = [
  '文字',
  '多行文字',
  '电话',
  '邮箱',
  '身份证号',
  '纳税人识别号',
  '统一社会信用代码',
  '日期',
  '单选',
  '数字',
] as const;

/**
 * 在线表单：参会回执表、镇域发展问卷等。表单的各部分、字段和说明都在这里编辑，
 * 网页上的在线填写版、生成的 Excel 文件和可下载的空白表都由同一份定义生成。
 */
export const forms = defineType({
  name: 'forms',
  label: '在线表单',
  labelSingular: '表单',
  description: '参会回执表、镇域发展问卷的在线填写版与空白下载表，均由此处的定义生成。正文为表单上方的填写说明。',
  urlBase: '/forms/',
  body: true,
  fields: {
    title: f.string('表单名称', { maxLength: 120 }),
    summary: f.text('摘要', { maxLength: 300, hint: '用于列表、搜索和分享' }),
    perEdition: f.boolean('随论坛届次', {
      default: false,
      hint: '选中后，此表单作为每届论坛的报名回执（网址 /forum/届次/register/），使用该届的日期、截止日期和回执邮箱',
    }),
    sendTo: f.string('接收邮箱', {
      required: false,
      pattern: patterns.email,
      hint: '不随论坛届次的表单填写后发往此邮箱；随届次的表单使用该届论坛的回执邮箱',
    }),
    sections: f.list(`各${PART}`, {
      min: 1,
      summary: '{{fields.number}} {{fields.title}}',
      of: {
        number: f.string('序号', { required: false, hint: '问卷的题号，例如 1；回执表可留空' }),
        title: f.string(`${PART}名称`),
        hint: f.text(`${PART}说明`, { required: false }),
        repeat: f.boolean('可填写多行', {
          default: false,
          hint: '选中后读者可以添加多行（例如多位参会人员），表格中每行一人',
        }),
        blankRows: f.number('空白表行数', {
          required: false,
          integer: true,
          min: 1,
          max: 20,
          hint: `可填写多行的${PART}在空白下载表中预留的行数，默认 3`,
        }),
        fields: f.list('字段', {
          min: 1,
          summary: '{{fields.label}}',
          of: {
            key: f.string('字段代号', {
              pattern: patterns.slug,
              hint: '小写英文，用于保存草稿，同一表单内不能重复，例如 id-number',
            }),
            label: f.string('字段名称'),
            kind: f.select('类型', { options: FORM_FIELD_KINDS, default: '文字' }),
            options: f.strings('选项（类型为“单选”时必填）', { required: false, hint: '至少两项，每项一行' }),
            required: f.boolean('必填', { default: false }),
            requiredUnless: f.string('以下情况可不填', {
              required: false,
              hint: `同一${PART}中另一个单选字段选了某一项时，本字段可以不填。写成“那个字段的字段名称=选项”：例如回执表的入住、退房日期写 入住房型=不预订，即“入住房型”选“不预订”时可以不填`,
            }),
            after: f.string('须晚于', {
              required: false,
              hint: `日期字段：须晚于同一${PART}中的哪个日期字段，填它的字段名称，例如退房日期填 入住日期`,
            }),
            withinDays: f.number('距论坛日期不超过（天）', {
              required: false,
              integer: true,
              min: 0,
              max: 60,
              hint: '日期字段：与该届论坛召开日期相差不超过的天数；只用于随论坛届次的表单',
            }),
            hint: f.text('填写提示', { required: false, hint: '显示在输入框下方，例如为什么需要此信息' }),
          },
        }),
      },
    }),
    draft: hiddenField,
  },
  display: { preview: 'form' },
});

/** One form definition as it is stored in content/forms/. */
export type FormDef = InferFields<(typeof forms)['fields']>;
export type FormSection = FormDef['sections'][number];
export type FormField = FormSection['fields'][number];
