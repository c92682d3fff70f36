import { describe, expect, it } from 'vitest';
import { checkTown, type ListedTown } from '../../../src/divisions/check-town.ts';
import { countiesNamed, findTown } from '../../../src/divisions/find-town.ts';
import { townKind } from '../../../src/divisions/index-divisions.ts';
import { loadDivisions } from '../../../src/divisions/load.ts';
import { closeNames, oneCharOff } from '../../../src/divisions/nearest.ts';
import { fullName, sameCounty, townParts } from '../../../src/divisions/town-parts.ts';

// The real data of the installed package: these are facts of the official divisions.
const index = loadDivisions();
const countyLabel = '县（市、区）';
const rankingCheck = (ref: { province: string; county: string; town: string }, list: ListedTown[] = []) =>
  checkTown(index, list, ref, { onlyTowns: true, countyLabel });

describe('the official divisions', () => {
  it('index every township under its county with its nine-digit code', () => {
    const xiaofeng = index.byCode.get('330523105')!;
    expect(xiaofeng).toMatchObject({ name: '孝丰镇', kind: '镇' });
    expect(xiaofeng.county).toMatchObject({ code: '330523', name: '安吉县', city: '湖州市', province: '浙江省' });
    expect(index.provinces.has('台湾省')).toBe(false);
  });

  it('tell 建制镇, 乡, 街道 and other units apart by name', () => {
    expect(['孝丰镇', '递铺街道', '章村乡', '呼和乌素苏木', '红星农场'].map(townKind)).toEqual([
      '镇',
      '街道',
      '乡',
      '乡',
      '其他',
    ]);
  });
});

describe('findTown', () => {
  it('finds a town by province, county and name, with or without the city', () => {
    for (const county of ['安吉县', '湖州市安吉县', '浙江省湖州市安吉县', ' 湖州市 安吉县 ']) {
      const found = findTown(index, { province: '浙江省', county, town: '孝丰镇' });
      expect(found.ok && found.town.code).toBe('330523105');
    }
  });

  it('takes a city alone when the town is in one of its counties', () => {
    const found = findTown(index, { province: '浙江省', county: '湖州市', town: '孝丰镇' });
    expect(found.ok && found.town.code).toBe('330523105');
  });

  it('finds no county for a city that is not the county’s', () => {
    expect(countiesNamed(index, '浙江省', '杭州市安吉县')).toEqual([]);
  });

  it('keeps counties of one name in different cities apart (城区 in 山西省)', () => {
    const named = countiesNamed(index, '山西省', '城区');
    expect(named.length).toBeGreaterThan(1);
    expect(new Set(named.map((c) => c.city)).size).toBe(named.length);
    expect(countiesNamed(index, '山西省', `${named[0]!.city}城区`)).toEqual([named[0]]);
  });

  it('gives the county of a 直辖市 no city', () => {
    const found = findTown(index, { province: '北京市', county: '东城区', town: '东华门街道' });
    expect(found.ok && townParts(index, [], { province: '北京市', county: '东城区', town: '东华门街道' })).toEqual({
      province: '北京市',
      city: '',
      county: '东城区',
      town: '东华门街道',
      code: '110101001',
    });
  });
});

describe('nearest names', () => {
  it('are one character off or sound the same', () => {
    expect(oneCharOff('孝丰镇', '孝峰镇')).toBe(true);
    expect(oneCharOff('孝丰', '孝丰镇')).toBe(true);
    expect(oneCharOff('孝丰镇', '晓峰镇')).toBe(false);
    expect(closeNames('晓峰镇', ['孝丰镇', '递铺街道', '天荒坪镇'])).toEqual(['孝丰镇']);
  });
});

describe('checkTown', () => {
  it('accepts an official 建制镇 and gives its code', () => {
    expect(rankingCheck({ province: '浙江省', county: '安吉县', town: '孝丰镇' }).official?.code).toBe('330523105');
  });

  it('refuses 晓峰镇 under 安吉县, naming 孝丰镇', () => {
    const { problem } = rankingCheck({ province: '浙江省', county: '安吉县', town: '晓峰镇' });
    expect(problem?.part).toBe('town');
    expect(problem?.message).toMatch(/^「晓峰镇」不在浙江省湖州市安吉县的官方区划中/);
    expect(problem?.message).toContain('湖州市安吉县相近的名称：孝丰镇（湖州市安吉县，330523105）');
  });

  it('refuses a real town under the wrong county, naming its county', () => {
    const { problem } = rankingCheck({ province: '浙江省', county: '德清县', town: '孝丰镇' });
    expect(problem?.part).toBe('town');
    expect(problem?.message).toContain('浙江省的孝丰镇在：孝丰镇（湖州市安吉县，330523105），请核对「县（市、区）」');
  });

  it('refuses a county the province does not have, naming the close ones', () => {
    const { problem } = rankingCheck({ province: '浙江省', county: '安吉', town: '孝丰镇' });
    expect(problem).toEqual({
      part: 'county',
      message: '「安吉」不是浙江省的县级行政区（国家统计局 2023 年统计用区划代码）；相近的官方名称：湖州市安吉县',
    });
  });

  it('refuses a 街道 on an evaluation’s list, and accepts it in a story', () => {
    const ref = { province: '浙江省', county: '安吉县', town: '递铺街道' };
    expect(rankingCheck(ref).problem?.message).toMatch(/^「递铺街道」是街道（湖州市安吉县，330523\d{3}），不是建制镇/);
    expect(checkTown(index, [], ref, { onlyTowns: false, countyLabel }).official?.name).toBe('递铺街道');
  });

  it('accepts a town on the editors’ list, and only there', () => {
    const ref = { province: '浙江省', county: '安吉县', town: '测试新设镇' };
    const entry = { province: '浙江省' as const, county: '安吉县', town: '测试新设镇', basis: '测试' };
    expect(rankingCheck(ref).problem?.message).toContain('请在 CMS 的「新设与更名的镇」中登记');
    expect(rankingCheck(ref, [entry])).toEqual({ listed: entry });
    expect(rankingCheck({ ...ref, county: '湖州市安吉县' }, [entry])).toEqual({ listed: entry });
    expect(townParts(index, [entry], ref)).toEqual({ ...entry, city: '' });
  });

  it('cannot check a province the data does not cover', () => {
    expect(rankingCheck({ province: '台湾省', county: '某县', town: '某镇' }).problem?.part).toBe('province');
  });
});

describe('townParts', () => {
  it('gives 省, 市, 县, 镇 and the code', () => {
    const parts = townParts(index, [], { province: '浙江省', county: '安吉县', town: '孝丰镇' });
    expect(parts).toEqual({ province: '浙江省', city: '湖州市', county: '安吉县', town: '孝丰镇', code: '330523105' });
    expect(fullName(parts)).toBe('浙江省湖州市安吉县孝丰镇');
  });
});

describe('sameCounty', () => {
  const parts = (county: string, town: string) => townParts(index, [], { province: '四川省', county, town });
  it('tells two counties of one name apart by their code', () => {
    const a = parts('乐山市市中区', '牟子镇');
    const b = parts('乐山市市中区', '通江街道');
    const c = parts('内江市市中区', '城东街道');
    expect([a.county, c.county]).toEqual(['市中区', '市中区']);
    expect(sameCounty(a, b)).toBe(true);
    expect(sameCounty(a, c)).toBe(false);
  });
  it('goes by the names for a town only the editors’ list knows', () => {
    const listed = { province: '四川省', city: '', county: '市中区', town: '新镇' };
    expect(sameCounty(listed, parts('乐山市市中区', '通江街道'))).toBe(true);
    expect(sameCounty({ ...listed, city: '内江市' }, parts('乐山市市中区', '通江街道'))).toBe(false);
  });
});
