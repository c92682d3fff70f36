import { RANKING_TEMPLATE_URL } from '../schemas/ranking.ts';

/**
 * Every URL of the rankings feature, in one place.
 * @example rankingUrls.town('zhejiang-anji-xiaofeng') // '/towns/zhejiang-anji-xiaofeng/'
 */
export const rankingUrls = {
  index: '/rankings/',
  template: RANKING_TEMPLATE_URL,
  edition: (id: string) => `/rankings/${id}/`,
  /** The whole table ordered by a column; the table's own order (rank) is the edition page itself. */
  sorted: (id: string, column: { key: string; order?: true }) =>
    column.order ? `/rankings/${id}/` : `/rankings/${id}/sort/${column.key}/`,
  province: (id: string, province: string) => `/rankings/${id}/provinces/${province}/`,
  download: (id: string, ext: 'csv' | 'xlsx') => `/rankings/${id}/${id}.${ext}`,
  towns: '/towns/',
  town: (slug: string) => `/towns/${slug}/`,
  provinceTowns: (province: string) => `/towns/provinces/${province}/`,
};
