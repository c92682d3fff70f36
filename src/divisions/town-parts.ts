import { listedTown, type ListedTown } from './check-town.ts';
import { countiesNamed, findTown, type TownRef } from './find-town.ts';
import type { DivisionIndex } from './index-divisions.ts';

/** A town's full name in its parts, and its official code when it has one. */
export interface TownParts {
  province: string;
  /** The prefecture-level city; '' where there is none (北京市的区, 省直辖的县). */
  city: string;
  county: string;
  town: string;
  /** Nine-digit statistical division code; absent for a town only the editors' list knows. */
  code?: string;
  /** For a town only the editors' list knows: when and by what it was created or renamed. */
  basis?: string;
}

/**
 * A town's full name parts (省, 市, 县, 镇) and code: from the official divisions, else from the
 * editors' list, else as the content wrote them (the content checks let no such town through).
 * @example townParts(index, [], { province: '浙江省', county: '安吉县', town: '孝丰镇' })
 *   // { province: '浙江省', city: '湖州市', county: '安吉县', town: '孝丰镇', code: '330523105' }
 */
export function townParts(index: DivisionIndex, list: readonly ListedTown[], ref: TownRef): TownParts {
  const found = findTown(index, ref);
  if (found.ok) {
    const { county, name, code } = found.town;
    return { province: county.province, city: county.city, county: county.name, town: name, code };
  }
  const listed = listedTown(list, ref);
  if (listed) {
    const { province, city = '', county, town, basis } = listed;
    return { province, city, county, town, basis };
  }
  return { province: ref.province, city: '', county: ref.county, town: ref.town };
}

/**
 * Whether two towns are in the same county: by the county's code, the first six digits of a
 * town's code, when both have one; else (a town only the editors' list knows) by the names, the
 * 市 compared only where both give one.
 * @example sameCounty(孝丰镇, 天荒坪镇) // true: both 330523…
 */
export function sameCounty(a: TownParts, b: TownParts): boolean {
  if (a.code && b.code) return a.code.slice(0, 6) === b.code.slice(0, 6);
  return a.province === b.province && a.county === b.county && (!a.city || !b.city || a.city === b.city);
}

/**
 * The names of the full name, largest first, the 市 left out where there is none: what a page writes
 * with dots between them (省 · 市 · 县 · 镇) and what a town's poster draws.
 * @example nameParts({ province: '北京市', city: '', county: '怀柔区', town: '雁栖镇' }) // ['北京市', '怀柔区', '雁栖镇']
 */
export function nameParts(parts: Pick<TownParts, 'province' | 'city' | 'county' | 'town'>): string[] {
  return [parts.province, parts.city, parts.county, parts.town].filter(Boolean);
}

/**
 * The full name as one run of text, e.g. for a poster or a search phrase.
 * @example fullName({ province: '浙江省', city: '湖州市', county: '安吉县', town: '孝丰镇' }) // '浙江省湖州市安吉县孝丰镇'
 */
export function fullName(parts: TownParts): string {
  return `${parts.province}${parts.city}${parts.county}${parts.town}`;
}

/**
 * A town's official names as the rankings write them, and its code; undefined for a town the data
 * does not have. The county goes with its city only where another county of the province shares
 * its name (乐山市市中区), so the same town is always written, and slugged, the same way.
 * @example officialTown(index, { province: '浙江省', county: '湖州市安吉县', town: '孝丰镇' })
 *   // { province: '浙江省', county: '安吉县', town: '孝丰镇', code: '330523105' }
 */
export function officialTown(index: DivisionIndex, ref: TownRef): (TownRef & { code: string }) | undefined {
  const found = findTown(index, ref);
  if (!found.ok) return undefined;
  const { county, name, code } = found.town;
  const shared = countiesNamed(index, county.province, county.name).length > 1;
  return { province: county.province, county: shared ? `${county.city}${county.name}` : county.name, town: name, code };
}
