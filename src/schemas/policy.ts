import { articleFields, defineType, f } from './fields.ts';

/** 政策解读：面向镇域经济的政策文件解读。 */
export const policies = defineType({
  name: 'policies',
  label: '政策解读',
  labelSingular: '政策解读',
  description: '面向镇党委、镇政府的政策解读与申报指南。',
  urlBase: '/policies/',
  section: true,
  body: true,
  fields: {
    ...articleFields,
    issuer: f.string('发文机关', { required: false }),
    documentNumber: f.string('文号', { required: false }),
  },
  display: {
    facts: (d) => [d.issuer, d.documentNumber],
  },
});
