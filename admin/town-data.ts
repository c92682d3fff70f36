/**
 * What the CMS checks a town against, as the build does (src/divisions/): the official divisions,
 * loaded the first time a town is checked (admin/divisions-module.ts makes them part of the
 * bundle, a file of their own), and the editors' list 新设与更名的镇 as it is published, the
 * file the next build reads. A town registered there passes here once the list is published.
 */
import type { checkNamedTowns, ListedTown } from '../src/divisions/check-town.ts';
import { indexDivisions, type DivisionIndex } from '../src/divisions/index-divisions.ts';
import { newTowns } from '../src/schemas/index.ts';
import { publishedFile } from './guarded-backend.ts';

export interface TownData {
  index: DivisionIndex;
  list: readonly ListedTown[];
  /** The build's check (src/divisions/check-town.ts), loaded with the data: it carries pinyin-pro for the nearest names. */
  check: typeof checkNamedTowns;
}

let divisions: Promise<DivisionIndex> | undefined;
let latest: TownData | undefined;
let reading: Promise<TownData> | undefined;

/** The divisions' index, fetched and built once per page; a failed fetch is tried again next time. */
function divisionIndex(): Promise<DivisionIndex> {
  divisions ??= import('virtual:divisions.json').then(
    (m) => indexDivisions(m.default),
    (error: unknown) => {
      divisions = undefined;
      throw error;
    },
  );
  return divisions;
}

/**
 * The divisions and the published list of new towns; the list is read again on every call, so a
 * town registered and published meanwhile passes without reloading the page.
 * @example const { index, list, check } = await townData(); check(index, list, [entryTown('stories', data)!]).problems
 */
export function townData(): Promise<TownData> {
  // The three fields of a town ask together: one read serves them all.
  reading ??= readTownData().finally(() => {
    reading = undefined;
  });
  return reading;
}

async function readTownData(): Promise<TownData> {
  const [index, { checkNamedTowns, parseTownList }, text] = await Promise.all([
    divisionIndex(),
    import('../src/divisions/check-town.ts'),
    publishedFile(`content/${newTowns.file}`),
  ]);
  return (latest = { index, list: text === undefined ? [] : parseTownList(text), check: checkNamedTowns });
}

/**
 * What {@link townData} answered last, if it has answered: a field can then check at once, when
 * Decap asks it synchronously whether it is valid.
 */
export function lastTownData(): TownData | undefined {
  return latest;
}
