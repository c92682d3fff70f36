import { defineType, f } from './fields.ts';
import { PROVINCES } from './provinces.ts';
import { DIVISIONS_DAY, DIVISIONS_SOURCE } from './division-source.ts';
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

/**
 * 新设与更名的镇：官方区划数据截止日之后新设或更名的镇。榜单和镇域故事中的镇都要与官方区划
 * 核对（src/divisions/），只有登记在这里的镇可以不经核对通过，构建日志逐一列出。只有一份：
 * content/settings/new-towns.json。
 */
export const newTowns = defineType({
  name: 'newTowns',
  label: '新设与更名的镇',
  labelSingular: '新设与更名的镇',
  description: `官方区划（${DIVISIONS_SOURCE}，截至 ${DIVISIONS_DAY}）之后新设或更名的镇。`,
  editorNote:
    '榜单和镇域故事中的镇都会与官方区划核对，找不到的镇会让网站无法发布。确实是此后新设或更名的镇，在这里登记后才能通过；每次发布的构建日志都会列出按本名单通过的镇。',
  body: false,
  file: 'settings/new-towns.json',
  fields: {
    towns: f.list('镇', {
      required: false,
      summary: '{{fields.province}}{{fields.county}}{{fields.town}}',
      of: {
        province: f.select('省份', { options: PROVINCES.map((p) => p.name) }),
        city: f.string('市', { required: false, hint: '所属的地级市，例如：湖州市；直辖市、省直辖的县留空' }),
        county: f.string('县（市、区）', { hint: '与榜单「县（市、区）」一列写法相同，例如：安吉县' }),
        town: f.string('镇', { hint: '新的全称，与榜单或镇域故事中的写法相同' }),
        basis: f.text('依据', { hint: '何时新设或更名、批准文件，例如：某年某月经省政府批准撤乡设镇' }),
      },
    }),
  },
});
