import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentProblem } from '../lib/content-problem.ts';
import type { ContentType } from '../schemas/fields.ts';
import { frontMatterOf } from '../lib/front-matter.ts';
import { rankingColumns } from '../rankings/columns.ts';
import { readTable } from '../rankings/read-table.ts';
import { PROVINCES } from '../schemas/provinces.ts';
import { newTowns, profiles, projects, stories } from '../schemas/index.ts';
import { checkTown, type ListedTown, type TownPart } from './check-town.ts';
import { findTown, type TownRef } from './find-town.ts';
import { loadDivisions } from './load.ts';

const PROVINCE_NAMES = new Set<string>(PROVINCES.map((p) => p.name));
const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '');
const mdFiles = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => n.endsWith('.md'))
        .sort()
    : [];

/** A town named somewhere in the content: the file, and the field of each of its three names. */
interface Named {
  file: string;
  ref: TownRef;
  fields: Record<TownPart, string>;
  /** How the county's field or column is named in messages. */
  countyLabel: string;
  /** Only 建制镇: the evaluation's lists. */
  onlyTowns: boolean;
}

/**
 * The editors' list of towns created or renamed after the data's date (content/settings/new-towns.json);
 * empty when the file is missing or malformed, which the schema check reports.
 * @example readTownList('content') // [{ province: '浙江省', county: '安吉县', town: '某某镇', basis: '…' }]
 */
export function readTownList(root: string): ListedTown[] {
  const file = path.join(root, newTowns.file);
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { towns?: unknown };
    const towns: unknown[] = Array.isArray(data.towns) ? data.towns : [];
    // An entry missing a name is the schema check's to report; it lets nothing through.
    return towns.filter((t): t is ListedTown =>
      ['province', 'county', 'town'].every((k) => typeof (t as Record<string, unknown> | null)?.[k] === 'string'),
    );
  } catch {
    return [];
  }
}

/** Every town row of every edition's data file; rows check-rows.ts refuses (empty cells, unknown provinces) are left to it. */
async function rankingTowns(root: string, label: (file: string) => string): Promise<Named[]> {
  const dir = path.join(root, 'rankings');
  const named: Named[] = [];
  for (const name of mdFiles(dir)) {
    const data = frontMatterOf(path.join(dir, name)) ?? {};
    const columns = rankingColumns(Array.isArray(data['indicators']) ? data['indicators'].map(String) : []);
    const at = (key: string) => columns.findIndex((c) => c.key === key);
    const [pi, ci, ti] = [at('province'), at('county'), at('town')];
    const column = (i: number) => columns[i]!.label;

    const townSlugs = Array.isArray(data['townSlugs']) ? (data['townSlugs'] as Record<string, unknown>[]) : [];
    for (const [i, s] of townSlugs.entries()) {
      const ref = { province: text(s['province']), county: text(s['county']), town: text(s['town']) };
      if (!PROVINCE_NAMES.has(ref.province) || !ref.county || !ref.town) continue;
      const field = (key: string) => `townSlugs.${i}.${key}`;
      named.push({
        file: label(`rankings/${name}`),
        ref,
        fields: { province: field('province'), county: field('county'), town: field('town') },
        countyLabel: column(ci),
        onlyTowns: true,
      });
    }

    const dataFile = text(data['dataFile']);
    if (!dataFile || dataFile.includes('/') || dataFile.includes('\\')) continue;
    const file = path.join(dir, dataFile);
    if (!existsSync(file)) continue;
    const read = await readTable(readFileSync(file), file);
    if ('problem' in read) continue;
    const [header = [], ...rows] = read.table;
    if (columns.some((c, i) => text(header[i]) !== c.label)) continue;
    for (const [r, cells] of rows.entries()) {
      const ref = { province: text(cells[pi]), county: text(cells[ci]), town: text(cells[ti]) };
      if (!PROVINCE_NAMES.has(ref.province) || !ref.county || !ref.town) continue;
      const field = (i: number) => `第 ${r + 2} 行「${column(i)}」`;
      named.push({
        file: label(`rankings/${dataFile}`),
        ref,
        fields: { province: field(pi), county: field(ci), town: field(ti) },
        countyLabel: column(ci),
        onlyTowns: true,
      });
    }
  }
  return named;
}

/**
 * The town each entry of a type names: a story's 省份, 市/县 and 镇; a library profile's or
 * project's 省份, 县（市、区） and 镇 (src/library/). Any official township passes: only the
 * evaluation's lists are 建制镇 alone.
 */
function entryTowns(
  root: string,
  label: (file: string) => string,
  type: Pick<ContentType, 'name' | 'fields'>,
  countyField: string,
): Named[] {
  const dir = path.join(root, type.name);
  return mdFiles(dir).flatMap((name) => {
    const data = frontMatterOf(path.join(dir, name)) ?? {};
    const ref = { province: text(data['province']), county: text(data[countyField]), town: text(data['town']) };
    if (!PROVINCE_NAMES.has(ref.province) || !ref.county || !ref.town) return [];
    return [
      {
        file: label(`${type.name}/${name}`),
        ref,
        fields: { province: 'province', county: countyField, town: 'town' },
        countyLabel: type.fields[countyField]!.label,
        onlyTowns: false,
      },
    ];
  });
}

/**
 * Every town named by a ranking row (and an edition's 镇的网址拼音), a town story or the library, checked
 * against the official divisions (src/divisions/): a town not in its county, a county not in its
 * province, and on the evaluation's lists a unit that is no 建制镇, are problems naming the file,
 * the row or field, and the nearest official names. `notes` (for the build log) name each town
 * that passed only through the editors' list, and list entries the data already has.
 * @example await checkTownNames('content', (f) => `content/${f}`) // { problems: [{ file: 'content/rankings/x.csv', field: '第 3 行「镇」', message: '「晓峰镇」不在…' }], notes: [] }
 */
export async function checkTownNames(
  root: string,
  label: (file: string) => string,
): Promise<{ problems: ContentProblem[]; notes: string[] }> {
  const index = loadDivisions();
  const list = readTownList(root);
  const problems: ContentProblem[] = [];
  const passed = new Map<ListedTown, string[]>();
  const named = [
    ...(await rankingTowns(root, label)),
    ...entryTowns(root, label, stories, 'city'),
    ...entryTowns(root, label, profiles, 'county'),
    ...entryTowns(root, label, projects, 'county'),
  ];
  for (const n of named) {
    const { problem, listed } = checkTown(index, list, n.ref, { onlyTowns: n.onlyTowns, countyLabel: n.countyLabel });
    if (problem) problems.push({ file: n.file, field: n.fields[problem.part], message: problem.message });
    if (listed) passed.set(listed, [...(passed.get(listed) ?? []), n.file]);
  }
  const notes = [...passed].map(
    ([t, files]) =>
      `${t.province}${t.city ?? ''}${t.county}${t.town} 不在官方区划中，按「${newTowns.label}」名单通过（依据：${t.basis}）：${[...new Set(files)].join('、')}`,
  );
  for (const t of list) {
    const found = findTown(index, { province: t.province, county: t.county, town: t.town });
    if (found.ok && found.town.kind === '镇') {
      const { county, name, code } = found.town;
      notes.push(
        `「${newTowns.label}」中的 ${county.province}${county.city}${county.name}${name} 已在官方区划中（${code}），可以从名单中删除`,
      );
    }
  }
  return { problems, notes };
}
