import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentProblem } from '../lib/content-problem.ts';
import type { ContentType } from '../schemas/fields.ts';
import { frontMatterOf } from '../lib/front-matter.ts';
import { rankingColumns } from '../rankings/columns.ts';
import { readTable } from '../rankings/read-table.ts';
import { newTowns } from '../schemas/index.ts';
import { checkNamedTowns, parseTownList, type ListedTown } from './check-town.ts';
import { findTown } from './find-town.ts';
import { loadDivisions } from './load.ts';
import { entryTown, rowTowns, TOWN_ENTRY_TYPES, townRef, type NamedTown } from './named-towns.ts';

const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '');
const mdFiles = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => n.endsWith('.md'))
        .sort()
    : [];

/** A town named somewhere in the content, and the file that names it. */
interface Named extends NamedTown {
  file: string;
}

/**
 * The editors' list of towns created or renamed after the data's date (content/settings/new-towns.json);
 * empty when the file is missing or malformed, which the schema check reports.
 * @example readTownList('content') // [{ province: '浙江省', county: '安吉县', town: '某某镇', basis: '…' }]
 */
export function readTownList(root: string): ListedTown[] {
  const file = path.join(root, newTowns.file);
  return existsSync(file) ? parseTownList(readFileSync(file, 'utf8')) : [];
}

/** Every town row of every edition's data file; rows check-rows.ts refuses (empty cells, unknown provinces) are left to it. */
async function rankingTowns(root: string, label: (file: string) => string): Promise<Named[]> {
  const dir = path.join(root, 'rankings');
  const named: Named[] = [];
  for (const name of mdFiles(dir)) {
    const data = frontMatterOf(path.join(dir, name)) ?? {};
    const columns = rankingColumns(Array.isArray(data['indicators']) ? data['indicators'].map(String) : []);
    const countyLabel = columns.find((c) => c.key === 'county')!.label;

    const townSlugs = Array.isArray(data['townSlugs']) ? (data['townSlugs'] as Record<string, unknown>[]) : [];
    for (const [i, s] of townSlugs.entries()) {
      const ref = townRef(s['province'], s['county'], s['town']);
      if (!ref) continue;
      const field = (key: string) => `townSlugs.${i}.${key}`;
      named.push({
        file: label(`rankings/${name}`),
        ref,
        fields: { province: field('province'), county: field('county'), town: field('town') },
        countyLabel,
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
    named.push(...rowTowns(rows, columns).map((n) => ({ ...n, file: label(`rankings/${dataFile}`) })));
  }
  return named;
}

/** The town each entry of a type names (named-towns.ts). */
function entryTowns(root: string, label: (file: string) => string, type: Pick<ContentType, 'name'>): Named[] {
  const dir = path.join(root, type.name);
  return mdFiles(dir).flatMap((name) => {
    const named = entryTown(type.name, frontMatterOf(path.join(dir, name)) ?? {});
    return named ? [{ ...named, file: label(`${type.name}/${name}`) }] : [];
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
  const named = [
    ...(await rankingTowns(root, label)),
    ...TOWN_ENTRY_TYPES.flatMap(({ type }) => entryTowns(root, label, type)),
  ];
  const checked = checkNamedTowns(index, list, named);
  const problems: ContentProblem[] = checked.problems.map((p) => ({
    file: p.named.file,
    field: p.field,
    message: p.message,
  }));
  const passed = new Map<ListedTown, string[]>();
  for (const { town, named: n } of checked.listed) passed.set(town, [...(passed.get(town) ?? []), n.file]);
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
