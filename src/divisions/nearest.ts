import { pinyin } from 'pinyin-pro';
import type { County, DivisionIndex, Township } from './index-divisions.ts';

/** Whether two names differ by one character: one changed, added or left out. */
export function oneCharOff(a: string, b: string): boolean {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > 1 || a === b) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  const rest = (m: number, n: number) => x.slice(i + m).join('') === y.slice(i + n).join('');
  return x.length === y.length ? rest(1, 1) : x.length > y.length ? rest(1, 0) : rest(0, 1);
}

const sound = (name: string) => pinyin(name, { toneType: 'none', type: 'array' }).join('');

/**
 * Names that are close to `name`: the same toneless pinyin (晓峰镇 ~ 孝丰镇) or one character off.
 * @example closeNames('晓峰镇', ['孝丰镇', '递铺街道']) // ['孝丰镇']
 */
export function closeNames(name: string, names: readonly string[]): string[] {
  const heard = sound(name);
  return names.filter((n) => n !== name && (oneCharOff(n, name) || sound(n) === heard));
}

/**
 * The official townships nearest a name that is not in its county: close names in that county
 * (or those counties), then the same name in other counties of the province.
 * @example nearestTowns(index, '浙江省', [安吉县], '晓峰镇').map((t) => t.name) // ['孝丰镇']
 */
export function nearestTowns(
  index: DivisionIndex,
  province: string,
  counties: readonly County[],
  name: string,
): { close: Township[]; elsewhere: Township[] } {
  const inCounties = counties.flatMap((c) => index.townsByCounty.get(c.code) ?? []);
  const close = closeNames(
    name,
    inCounties.map((t) => t.name),
  ).flatMap((n) => inCounties.filter((t) => t.name === n));
  const mine = new Set(counties.map((c) => c.code));
  const elsewhere = (index.townsByName.get(province)?.get(name) ?? []).filter((t) => !mine.has(t.county.code));
  return { close, elsewhere };
}

/**
 * The counties of a province nearest a county name that is none: close names, and the counties
 * where a town of that name is.
 * @example nearestCounties(index, '浙江省', '安吉', '孝丰镇').map((c) => c.name) // ['安吉县']
 */
export function nearestCounties(index: DivisionIndex, province: string, county: string, town: string): County[] {
  const counties = index.countiesByProvince.get(province) ?? [];
  const close = new Set(
    closeNames(
      county,
      counties.map((c) => c.name),
    ),
  );
  const withTown = new Set((index.townsByName.get(province)?.get(town) ?? []).map((t) => t.county.code));
  return counties.filter((c) => close.has(c.name) || withTown.has(c.code));
}
