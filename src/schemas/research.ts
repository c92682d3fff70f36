import { attachments } from './attachments.ts';
import { defineType, f, hiddenField } from './fields.ts';

/** 研究成果：课题成果、评价报告、指标体系等。 */
export const research = defineType({
  name: 'research',
  label: '研究成果',
  labelSingular: '研究成果',
  description: '课题成果、小城镇综合实力评价报告与指标体系。',
  urlBase: '/research/',
  section: true,
  body: true,
  fields: {
    title: f.string('标题', { maxLength: 120 }),
    date: f.date('发布日期', { required: false, hint: '成果正式发布的日期；尚未发布请留空' }),
    summary: f.text('摘要', { maxLength: 300 }),
    kind: f.select('类型', { options: ['课题成果', '评价报告', '指标体系', '研究解读'] }),
    status: f.select('发布状态', { options: ['已发布', '待发布'], hint: '尚未公开发布的成果请选“待发布”' }),
    attachments,
    draft: hiddenField,
  },
  display: {
    facts: (d) => [d.kind, d.status],
    card: (d) => `${d.kind} · ${d.status}`,
    attachments: (d) => d.attachments,
  },
});
