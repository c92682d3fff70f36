import { articleFields, defineType, f } from './fields.ts';

/** 新闻：中心与论坛的通知、动态。 */
export const news = defineType({
  name: 'news',
  label: '新闻',
  labelSingular: '新闻',
  description: '研究中心与论坛的通知公告和动态。',
  urlBase: '/news/',
  section: true,
  body: true,
  fields: {
    ...articleFields,
    category: f.select('类别', { options: ['通知公告', '论坛动态', '中心动态'], default: '中心动态' }),
    source: f.string('来源', { required: false, hint: '例如：中国工业报社工业小镇研究中心' }),
  },
  display: {
    facts: (d) => [d.category, d.source],
    card: (d) => d.category,
    jsonLd: 'NewsArticle',
  },
});
