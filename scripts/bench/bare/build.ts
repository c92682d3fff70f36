/**
 * The bare comparison build: the same Markdown as the real site, built by a
 * minimal Astro project (no search, no share images, no layout to speak of),
 * then, separately timed, indexed by Pagefind's Node API. Our build is
 * reported as a ratio to these two numbers so results hold on a noisy machine.
 *
 *   node scripts/bench/bare/build.ts --content .bench/corpus-1000 --out .bench/1000/bare-dist [--pagefind]
 *
 * Prints `[bare] astro N pages in X ms` and `[bare] pagefind N pages in X ms`.
 */
import { build } from 'astro';
import { readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';

const { values } = parseArgs({
  options: {
    content: { type: 'string' },
    out: { type: 'string' },
    'cache-dir': { type: 'string' },
    pagefind: { type: 'boolean', default: false },
  },
});
if (!values.content || !values.out) throw new Error('usage: --content <corpus> --out <dir> [--pagefind]');
process.env['BENCH_CONTENT'] = path.resolve(values.content);
const out = path.resolve(values.out);
const cacheDir = path.resolve(values['cache-dir'] ?? path.join(out, '..', 'bare-cache'));
// Astro writes generated types into `<root>/.astro/`: root is a throwaway folder so
// nothing is generated next to the sources; the sources are found through srcDir.
const root = path.join(cacheDir, 'root');

await rm(out, { recursive: true, force: true });
let started = performance.now();
await build({
  root,
  srcDir: path.join(import.meta.dirname, 'src'),
  outDir: out,
  cacheDir,
  configFile: false,
  trailingSlash: 'always',
  build: { format: 'directory' },
  logLevel: 'warn',
});
const pages = readdirSync(out, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
console.log(`[bare] astro ${pages} pages in ${Math.round(performance.now() - started)} ms`);

if (values.pagefind) {
  started = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: out });
  if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  await index.writeFiles({ outputPath: path.join(out, 'pagefind') });
  await pagefind.close();
  console.log(`[bare] pagefind ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
}
