/**
 * The URL of an entry. Every link to an entry goes through here.
 * @example entryUrl('news', '2026-01-21-pingjia-tongzhi') // '/news/2026-01-21-pingjia-tongzhi/'
 */
export function entryUrl(collection: string, id: string): string {
  return collection === 'pages' ? `/${id}/` : `/${collection}/${id}/`;
}
