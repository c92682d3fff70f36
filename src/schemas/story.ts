import { PROVINCES } from './provinces.ts';
import { articleFields, defineType, f, imageWithAlt } from './fields.ts';
import { patterns } from './patterns.ts';

/** 镇域故事：通讯员供稿，编辑审核后发布。正文为纯 Markdown，其中的 HTML 不会被渲染。 */
export const stories = defineType({
  name: 'stories',
  label: '镇域故事',
  labelSingular: '镇域故事',
  description: '通讯员报道的镇域故事，经编辑审核后发布。',
  urlBase: '/stories/',
  section: true,
  // Correspondents' text is untrusted: MDX could run code, so stories are plain Markdown only.
  extensions: ['.md'],
  extensionsNote: '镇域故事请用纯 Markdown（.md）',
  body: true,
  fields: {
    ...articleFields,
    province: f.select('省份', { options: PROVINCES.map((p) => p.name) }),
    city: f.string('市/县', { hint: '例如：湖州市安吉县' }),
    town: f.string('镇', { hint: '镇的全称，例如：某某镇' }),
    townSlug: f.string('镇的拼音', {
      pattern: patterns.slug,
      hint: '用于网址，例如 zhejiang-anji-xiaofeng；同一个镇始终用同一个拼音',
    }),
    author: f.string('通讯员', { hint: '署名' }),
    authorRole: f.string('通讯员职务', { required: false }),
    cover: imageWithAlt('封面图'),
  },
  display: {
    card: (d) => `${d.province} · ${d.town}`,
    byline: (d) => ({ name: d.author, role: d.authorRole }),
    place: ({ province, city, town, townSlug }) => ({ province, city, town, townSlug }),
    cover: (d) => d.cover,
    intro: 'StoriesIntro',
    preview: 'story',
  },
});
