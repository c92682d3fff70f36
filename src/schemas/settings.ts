import { defineType, f } from './fields.ts';
import { patterns } from './patterns.ts';

/** 站点设置：名称、联系方式、备案号、导航与页脚。只有一份：content/settings/site.json。 */
export const settings = defineType({
  name: 'settings',
  label: '站点设置',
  labelSingular: '站点设置',
  description: '网站名称、联系方式、备案号、导航和页脚。',
  body: false,
  file: 'settings/site.json',
  fields: {
    siteName: f.string('网站名称'),
    shortName: f.string('简称'),
    publisher: f.string('主办单位'),
    description: f.text('网站简介', { hint: '用于搜索引擎和分享' }),
    contact: f.object('联系方式', {
      fields: {
        person: f.string('联系人'),
        phones: f.strings('电话', { min: 1 }),
        wechatNote: f.string('微信说明', { required: false, hint: '例如：13716385865（同微信）' }),
        email: f.string('邮箱', { pattern: patterns.email }),
      },
    }),
    links: f.list('相关网址', {
      required: false,
      summary: '{{fields.label}}',
      of: {
        label: f.string('名称'),
        url: f.string('网址', { pattern: patterns.url }),
      },
    }),
    icp: f.string('ICP 备案号', { required: false, hint: '例如：京ICP备xxxxxxxx号；未取得请留空，页脚不显示' }),
    psb: f.string('公安备案号', { required: false, hint: '例如：京公网安备 11000000000000 号；未取得请留空' }),
    nav: f.list('主导航', {
      summary: '{{fields.label}}',
      of: {
        label: f.string('名称'),
        href: f.string('链接', { pattern: patterns.sitePath }),
      },
    }),
    footerLinks: f.list('页脚链接', {
      summary: '{{fields.label}}',
      of: {
        label: f.string('名称'),
        href: f.string('链接', { pattern: patterns.sitePath }),
      },
    }),
    forumSeriesIntro: f.text('论坛系列简介', { hint: '显示在“论坛”栏目首页' }),
    footerNote: f.text('页脚说明', { required: false }),
  },
});
