import type { County, DivisionIndex, Township } from './index-divisions.ts';

/** Which of a town's three names: a problem's field, a named town's fields. */
export type TownPart = 'province' | 'county' | 'town';

/** A town as content names it: the county may carry its city (湖州市安吉县), or be a city alone (湖州市). */
export interface TownRef {
  province: string;
  /** 县（市、区）, optionally after its city: 安吉县, 湖州市安吉县, 长治市城区; or only a city. */
  county: string;
  town: string;
}

export type TownLookup =
  | { ok: true; town: Township }
  /** The data has no townships for this province (台湾省, 香港, 澳门). */
  | { ok: false; reason: 'province' }
  /** No county of the province fits the text. */
  | { ok: false; reason: 'county' }
  /** The county name occurs in several cities of the province and the town in more than one of them. */
  | { ok: false; reason: 'ambiguous'; towns: Township[] }
  /** The county (or counties) exists, the town is not in it. */
  | { ok: false; reason: 'town'; counties: County[] };

const squeeze = (s: string) => s.replace(/\s+/g, '');

/**
 * The counties of a province a text names: a county (安吉县), a county after its city or province
 * (湖州市安吉县, 北京市东城区), or a prefecture-level city alone (湖州市: all its counties). County
 * names repeat across cities (城区, 市中区): without a city, all of them.
 * @example countiesNamed(index, '浙江省', '湖州市安吉县').map((c) => c.code) // ['330523']
 */
export function countiesNamed(index: DivisionIndex, province: string, text: string): County[] {
  const place = squeeze(text);
  const counties = index.countiesByProvince.get(province) ?? [];
  const named = counties.filter((c) => {
    if (!place.endsWith(c.name)) return false;
    const before = place.slice(0, -c.name.length);
    return ['', c.city, province, `${province}${c.city}`].includes(before);
  });
  if (named.length > 0) return named;
  return counties.filter((c) => c.city !== '' && (place === c.city || place === `${province}${c.city}`));
}

/**
 * Find a town by province, county (with its city when given) and name. The answer is the
 * township with its nine-digit code, or why there is none.
 * @example findTown(index, { province: '浙江省', county: '安吉县', town: '孝丰镇' }) // { ok: true, town: { code: '330523105', … } }
 * @example findTown(index, { province: '浙江省', county: '安吉县', town: '晓峰镇' }) // { ok: false, reason: 'town', counties: [安吉县] }
 */
export function findTown(index: DivisionIndex, ref: TownRef): TownLookup {
  if (!index.provinces.has(ref.province)) return { ok: false, reason: 'province' };
  const counties = countiesNamed(index, ref.province, ref.county);
  if (counties.length === 0) return { ok: false, reason: 'county' };
  const name = squeeze(ref.town);
  const towns = counties.flatMap((c) => (index.townsByCounty.get(c.code) ?? []).filter((t) => t.name === name));
  if (towns.length === 1) return { ok: true, town: towns[0]! };
  if (towns.length > 1) return { ok: false, reason: 'ambiguous', towns };
  return { ok: false, reason: 'town', counties };
}
