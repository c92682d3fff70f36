import type { InferFields } from '../schemas/fields.ts';
import type { newTowns } from '../schemas/settings.ts';
import { findTown, type TownPart, type TownRef } from './find-town.ts';
import type { County, DivisionIndex, Township } from './index-divisions.ts';
import { closeNames, nearestCounties, nearestTowns } from './nearest.ts';
import type { NamedTown } from './named-towns.ts';
import { DIVISIONS_DAY, DIVISIONS_SOURCE } from '../schemas/division-source.ts';

/** A town on the editors' list of towns created or renamed after the data's date. */
export type ListedTown = NonNullable<InferFields<(typeof newTowns)['fields']>['towns']>[number];

export interface TownCheck {
  /** The official township. */
  official?: Township;
  /** The editors' list entry that let a town through that the data lacks. */
  listed?: ListedTown;
  problem?: { part: TownPart; message: string };
}

const squeeze = (s: string) => s.replace(/\s+/g, '');
const where = (c: County) => `${c.city}${c.name}`;
const withCode = (t: Township) => `${t.name}（${where(t.county)}，${t.code}）`;
const LIST = '「新设与更名的镇」';
const NEW_TOWN_HINT = `如是 ${DIVISIONS_DAY}之后新设或更名的镇，请在 CMS 的${LIST}中登记`;

/**
 * The editors' list entry for a town, if any: same province and town, and a county text that
 * ends with the listed county (湖州市安吉县 matches 安吉县).
 * @example listedTown(list, { province: '浙江省', county: '安吉县', town: '某某镇' }) // the entry or undefined
 */
export function listedTown(list: readonly ListedTown[], ref: TownRef): ListedTown | undefined {
  return list.find(
    (l) =>
      l.province === ref.province &&
      squeeze(l.town) === squeeze(ref.town) &&
      squeeze(ref.county).endsWith(squeeze(l.county)),
  );
}

/**
 * The editors' list from the text of its file (content/settings/new-towns.json); empty when the
 * text is malformed, which the schema check reports. An entry missing a name lets nothing through.
 * @example parseTownList('{"towns":[{"province":"浙江省","county":"安吉县","town":"某某镇","basis":"…"}]}') // [{ province: '浙江省', … }]
 */
export function parseTownList(text: string): ListedTown[] {
  try {
    const data = JSON.parse(text) as { towns?: unknown };
    const towns: unknown[] = Array.isArray(data.towns) ? data.towns : [];
    return towns.filter((t): t is ListedTown =>
      ['province', 'county', 'town'].every((k) => typeof (t as Record<string, unknown> | null)?.[k] === 'string'),
    );
  } catch {
    return [];
  }
}

/**
 * Check one town against the official divisions and the editors' list. `onlyTowns` (the
 * evaluation's lists) refuses a 街道, 乡 or other unit that is no 建制镇. Messages are in Chinese
 * and name the nearest official names; `countyLabel` is how the county's field or column is named.
 * @example checkTown(index, [], { province: '浙江省', county: '安吉县', town: '晓峰镇' }, { onlyTowns: true, countyLabel: '县（市、区）' })
 *   // { problem: { part: 'town', message: '「晓峰镇」不在浙江省湖州市安吉县的官方区划中；…相近的名称：孝丰镇（湖州市安吉县，330523105）…' } }
 */
export function checkTown(
  index: DivisionIndex,
  list: readonly ListedTown[],
  ref: TownRef,
  { onlyTowns, countyLabel }: { onlyTowns: boolean; countyLabel: string },
): TownCheck {
  const found = findTown(index, ref);
  if (found.ok && (!onlyTowns || found.town.kind === '镇')) return { official: found.town };
  const listed = listedTown(list, ref);
  if (listed) return { listed };
  const town = squeeze(ref.town);
  const { province } = ref;
  if (found.ok) {
    const t = found.town;
    const sameCounty = index.townsByCounty.get(t.county.code) ?? [];
    const towns = closeNames(
      t.name,
      sameCounty.filter((s) => s.kind === '镇').map((s) => s.name),
    );
    const kind = t.kind === '其他' ? '乡级单位' : t.kind;
    return {
      problem: {
        part: 'town',
        message:
          `「${t.name}」是${kind}（${where(t.county)}，${t.code}），不是建制镇；本评价的对象是建制镇，请核对` +
          (towns.length > 0 ? `；${t.county.name}相近的建制镇：${towns.join('、')}` : '') +
          `；${NEW_TOWN_HINT}`,
      },
    };
  }
  switch (found.reason) {
    case 'province':
      return {
        problem: {
          part: 'province',
          message: `官方区划（${DIVISIONS_SOURCE}）不含${province}的乡镇，无法核对；如确需列入，请在 CMS 的${LIST}中登记`,
        },
      };
    case 'county': {
      const near = nearestCounties(index, province, squeeze(ref.county), town);
      return {
        problem: {
          part: 'county',
          message:
            `「${ref.county}」不是${province}的县级行政区（${DIVISIONS_SOURCE}）` +
            (near.length > 0
              ? `；相近的官方名称：${near.map(where).join('、')}`
              : `；「${countyLabel}」应为县（市、区）的全称，例如：安吉县，或湖州市安吉县`),
        },
      };
    }
    case 'ambiguous':
      return {
        problem: {
          part: 'county',
          message: `${province}有 ${found.towns.length} 个「${ref.county}」都有${town}：${found.towns.map(withCode).join('、')}；请在「${countyLabel}」中写上所属的市，例如：${where(found.towns[0]!.county)}`,
        },
      };
    case 'town': {
      const { close, elsewhere } = nearestTowns(index, province, found.counties, town);
      const place = found.counties.length === 1 ? where(found.counties[0]!) : squeeze(ref.county);
      const hints = [
        ...(close.length > 0
          ? [`${place}相近的名称：${close.map(withCode).join('、')}`]
          : elsewhere.length > 0
            ? []
            : [`${place}没有相近的名称`]),
        ...(elsewhere.length > 0
          ? [`${province}的${town}在：${elsewhere.map(withCode).join('、')}，请核对「${countyLabel}」`]
          : []),
      ];
      return {
        problem: {
          part: 'town',
          message: `「${town}」不在${province}${place}的官方区划中（${DIVISIONS_SOURCE}）；${hints.join('；')}；${NEW_TOWN_HINT}`,
        },
      };
    }
  }
}

/**
 * Check named towns against the divisions and the editors' list: each problem at the field its
 * part names, with the build's message; and each town the list let through. The towns are those
 * named-towns.ts finds (entries and ranking rows).
 * @example checkNamedTowns(index, [], rowTowns(rows, columns)).problems // [{ field: '第 2 行「镇」', message: '「晓峰镇」不在…' }]
 */
export function checkNamedTowns<N extends NamedTown>(
  index: DivisionIndex,
  list: readonly ListedTown[],
  named: readonly N[],
): { problems: { field: string; message: string; named: N }[]; listed: { town: ListedTown; named: N }[] } {
  const problems: { field: string; message: string; named: N }[] = [];
  const listed: { town: ListedTown; named: N }[] = [];
  for (const n of named) {
    const check = checkTown(index, list, n.ref, { onlyTowns: n.onlyTowns, countyLabel: n.countyLabel });
    if (check.problem) problems.push({ field: n.fields[check.problem.part], message: check.problem.message, named: n });
    if (check.listed) listed.push({ town: check.listed, named: n });
  }
  return { problems, listed };
}
