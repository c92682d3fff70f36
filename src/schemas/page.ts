import { defineType, f, hiddenField } from './fields.ts';

/** 独立页面：关于研究中心、联系我们、成为通讯员等。文件名即网址。 */
export const pages = defineType({
  name: 'pages',
  label: '独立页面',
  labelSingular: '页面',
  description: '关于研究中心、联系我们、成为通讯员等独立页面；文件名即网址。',
  urlBase: '/',
  body: true,
  fields: {
    title: f.string('标题', { maxLength: 60 }),
    summary: f.text('摘要', { maxLength: 300 }),
    draft: hiddenField,
  },
});
