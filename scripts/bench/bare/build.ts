/**
 * The bare comparison build: the same Markdown as the real site, built by a
 * minimal Astro project (no search, no share images, no layout to speak of).
 * Our build is reported as a ratio to this and to Pagefind alone (../pagefind-alone.ts),
 * each measured in a process of its own, so results hold on a noisy machine.
 *
 *   node scripts/bench/bare/build.ts --content .bench/corpus-1000 --out .bench/1000/bare-dist
 *
 * Prints `[bare] astro N pages in X ms`.
 */
import { build } from 'astro';
import { readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    content: { type: 'string' },
    out: { type: 'string' },
    'cache-dir': { type: 'string' },
  },
});
if (!values.content || !values.out) throw new Error('usage: --content <corpus> --out <dir>');
process.env['BENCH_CONTENT'] = path.resolve(values.content);
const out = path.resolve(values.out);
const cacheDir = path.resolve(values['cache-dir'] ?? path.join(out, '..', 'bare-cache'));
// Astro writes generated types into `<root>/.astro/`: root is a throwaway folder so
// nothing is generated next to the sources; the sources are found through srcDir.
const root = path.join(cacheDir, 'root');

await rm(out, { recursive: true, force: true });
const started = performance.now();
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
