/**
 * Every URL of the rankings feature, in one place.
 * @example rankingUrls.town('zhejiang-anji-xiaofeng') // '/towns/zhejiang-anji-xiaofeng/'
 */
export const rankingUrls = {
  index: '/rankings/',
  template: '/rankings/template.xlsx',
  edition: (id: string) => `/rankings/${id}/`,
  /** The whole table ordered by a column; the rank order is the edition page itself. */
  sorted: (id: string, key: string) => (key === 'rank' ? `/rankings/${id}/` : `/rankings/${id}/sort/${key}/`),
  province: (id: string, province: string) => `/rankings/${id}/provinces/${province}/`,
  download: (id: string, ext: 'csv' | 'xlsx') => `/rankings/${id}/${id}.${ext}`,
  towns: '/towns/',
  town: (slug: string) => `/towns/${slug}/`,
  provinceTowns: (province: string) => `/towns/provinces/${province}/`,
};
