import type { RankingColumn } from '../rankings/columns.ts';
import type { ContentType } from '../schemas/fields.ts';
import { profiles, projects, stories } from '../schemas/index.ts';
import { PROVINCES } from '../schemas/provinces.ts';
import type { TownPart, TownRef } from './find-town.ts';

/**
 * The towns content names, where it names them, for the build's content checks
 * (check-content.ts) and the CMS's (admin/validate.ts, admin/data-file.ts) alike.
 */

/** A town named in an entry or a ranking row, with the field (or cell) of each of its three names. */
export interface NamedTown {
  ref: TownRef;
  fields: Record<TownPart, string>;
  /** How the county's field or column is named in messages. */
  countyLabel: string;
  /** Only 建制镇: the evaluation's lists. */
  onlyTowns: boolean;
}

/**
 * The types whose entries name a town, each with the field of its county: a story's 市/县, a
 * library profile's or project's 县（市、区） (src/library/).
 */
export const TOWN_ENTRY_TYPES: readonly { type: Pick<ContentType, 'name' | 'fields'>; countyField: string }[] = [
  { type: stories, countyField: 'city' },
  { type: profiles, countyField: 'county' },
  { type: projects, countyField: 'county' },
];

const PROVINCE_NAMES = new Set<string>(PROVINCES.map((p) => p.name));
const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '');

/**
 * A town to check, from its three names as content holds them; undefined when one is missing or
 * the province is none, which the schema or the row check reports.
 * @example townRef('浙江省', '安吉县', '孝丰镇') // { province: '浙江省', county: '安吉县', town: '孝丰镇' }
 */
export function townRef(province: unknown, county: unknown, town: unknown): TownRef | undefined {
  const ref = { province: text(province), county: text(county), town: text(town) };
  return PROVINCE_NAMES.has(ref.province) && ref.county && ref.town ? ref : undefined;
}

/**
 * The town an entry names, if its type names one. Any official township passes: only the
 * evaluation's lists are 建制镇 alone.
 * @example entryTown('stories', { province: '浙江省', city: '安吉县', town: '孝丰镇' })?.fields.county // 'city'
 */
export function entryTown(typeName: string, data: Record<string, unknown>): NamedTown | undefined {
  const named = TOWN_ENTRY_TYPES.find((t) => t.type.name === typeName);
  if (!named) return undefined;
  const { type, countyField } = named;
  const ref = townRef(data['province'], data[countyField], data['town']);
  if (!ref) return undefined;
  return {
    ref,
    fields: { province: 'province', county: countyField, town: 'town' },
    countyLabel: type.fields[countyField]!.label,
    onlyTowns: false,
  };
}

/**
 * The towns of a ranking's data rows (the header left out: the first row is line 2, as Excel
 * numbers it), each cell named `第 3 行「镇」`. Only 建制镇 are on the evaluation's lists.
 * @example rowTowns([[1, '晓峰镇', '安吉县', '浙江省', 90]], rankingColumns())[0]?.fields.town // '第 2 行「镇」'
 */
export function rowTowns(rows: readonly (readonly unknown[])[], columns: readonly RankingColumn[]): NamedTown[] {
  const at = (key: string) => columns.findIndex((c) => c.key === key);
  const [pi, ci, ti] = [at('province'), at('county'), at('town')];
  return rows.flatMap((cells, r) => {
    const ref = townRef(cells[pi], cells[ci], cells[ti]);
    if (!ref) return [];
    const field = (i: number) => `第 ${r + 2} 行「${columns[i]!.label}」`;
    return [
      {
        ref,
        fields: { province: field(pi), county: field(ci), town: field(ti) },
        countyLabel: columns[ci]!.label,
        onlyTowns: true,
      },
    ];
  });
}
