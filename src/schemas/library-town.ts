import { f, type Fields } from './fields.ts';
import { patterns } from './patterns.ts';
import { PROVINCES } from './provinces.ts';

/**
 * The town a profile or a project belongs to, named as a ranking row names it (省份, 县（市、区）,
 * 镇), plus its URL slug: the same town then has one page for its ranks, stories, profile and projects.
 */
export const libraryTownFields = {
  province: f.select('省份', { options: PROVINCES.map((p) => p.name) }),
  county: f.string('县（市、区）', { hint: '县级行政区的全称，例如：安吉县、昆山市、顺德区' }),
  town: f.string('镇', { hint: '镇的全称，例如：孝丰镇' }),
  townSlug: f.string('镇的拼音', {
    pattern: patterns.slug,
    hint: '用于网址，例如 zhejiang-anji-xiaofeng；与榜单和镇域故事中同一个镇的拼音相同',
  }),
} as const satisfies Fields;
