import { attachments } from './attachments.ts';
import { defineType, f, hiddenField } from './fields.ts';

/** 工具包：表格、问卷、目录等实用材料。 */
export const toolkits = defineType({
  name: 'toolkits',
  label: '工具包',
  labelSingular: '工具包',
  description: '回执表、问卷、项目目录等实用材料。',
  urlBase: '/toolkits/',
  section: true,
  body: true,
  fields: {
    title: f.string('标题', { maxLength: 120 }),
    date: f.date('发布日期', { required: false }),
    summary: f.text('摘要', { maxLength: 300 }),
    availability: f.select('获取方式', { options: ['可下载', '依申请发送', '待发布'] }),
    form: f.select('在线表单', {
      required: false,
      options: ['reply', 'questionnaire', 'catalogue-request'],
      // The titles of the forms in content/forms/, as the site shows them.
      optionLabels: { reply: '参会回执表', questionnaire: '镇域发展问卷', 'catalogue-request': '投资项目目录申请表' },
      hint: '若此工具包有在线填写版本，选择对应表单',
    }),
    attachments,
    draft: hiddenField,
  },
  display: {
    // A toolkit holding a forum edition's reply form (参会回执表) carries that edition's registration
    // and payment instructions: once registration has closed, the page must say so before them.
    facts: (d, { registrationClosed }) => [registrationClosed ? `${d.availability}（本届报名已截止）` : d.availability],
    card: (d) => d.availability,
    attachments: (d) => d.attachments,
    onlineForm: (d) => d.form,
  },
});
