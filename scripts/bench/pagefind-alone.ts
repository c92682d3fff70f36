/**
 * Pagefind alone, with its default settings, indexing a built site: the least any Astro site
 * with search pays for its index, in time and memory, measured in a process of its own.
 *
 *   node scripts/bench/pagefind-alone.ts --site .bench/1000/dist --out .bench/1000/pagefind-alone
 *
 * Prints `[bare] pagefind N pages in X ms`.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';

const { values } = parseArgs({ options: { site: { type: 'string' }, out: { type: 'string' } } });
if (!values.site || !values.out) throw new Error('usage: --site <built site> --out <dir>');
const out = path.resolve(values.out);
await rm(out, { recursive: true, force: true });

const started = performance.now();
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: path.resolve(values.site) });
if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
await index.writeFiles({ outputPath: out });
await pagefind.close();
console.log(`[bare] pagefind ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
