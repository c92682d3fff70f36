/**
 * Bundle the CMS (admin/cms.ts: Decap, React, the previews, the schemas) with Vite,
 * on its own, into `--out <dir>`:
 *
 *   <dir>/admin/_cms/cms.<hash>.js (+ chunks, stylesheets)
 *   <dir>/bundle.json   { entry: "/admin/_cms/cms.<hash>.js", preload: [entry, its static imports], inputs: { file: sha256 } }
 *
 * `inputs` lists every project file the bundle was made from (node_modules aside), each
 * with the hash of its bytes when Vite read it, so the build can tell when a cached
 * bundle is stale (admin/integration.ts).
 *
 * The production build runs this in a child process, before Astro starts, because Decap
 * is the largest piece of code the site has (why: admin/integration.ts). In `astro dev`
 * none of this runs: Vite serves admin/cms.ts directly.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build, type Plugin } from 'vite';
import { BUNDLE_DIR, FIXED_INPUTS, type AdminBundle } from '../admin/integration.ts';
import { hashFile } from '../src/lib/file-hash.ts';
import { decapAliases } from '../admin/decap-aliases.ts';
import { divisionsModule } from '../admin/divisions-module.ts';

const { values } = parseArgs({ options: { out: { type: 'string' }, root: { type: 'string' } } });
if (!values.out) throw new Error('build-admin: --out <dir> is required');
const root = path.resolve(values.root ?? '.');
const out = path.resolve(values.out);

/** Project files the bundle is made from, hashed as they are read. */
const inputs: AdminBundle['inputs'] = {};
for (const file of FIXED_INPUTS) inputs[file] = await hashFile(root, file);

/** Hashes each project module (id without its query, outside node_modules) before Vite loads it. */
const recordInputs: Plugin = {
  name: 'record-inputs',
  enforce: 'pre',
  async load(id) {
    const file = id.split('?')[0]!;
    if (path.isAbsolute(file) && existsSync(file) && !file.includes(`${path.sep}node_modules${path.sep}`)) {
      const relative = path.relative(root, file);
      inputs[relative] ??= await hashFile(root, relative);
    }
    return null;
  },
};

/** A stylesheet and the local stylesheets it pulls in with @import (Vite inlines them, so no module id records them). */
function withCssImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file) || !existsSync(path.join(root, file))) return seen;
  seen.add(file);
  for (const [, spec] of readFileSync(path.join(root, file), 'utf8').matchAll(
    /@import\s+(?:url\()?["']([^"']+)["']/g,
  )) {
    if (spec!.startsWith('.')) withCssImports(path.join(path.dirname(file), spec!), seen);
  }
  return seen;
}

const result = await build({
  configFile: false,
  root,
  logLevel: 'warn',
  base: '/',
  plugins: [recordInputs, divisionsModule()],
  resolve: { alias: decapAliases(root) },
  build: {
    outDir: out,
    emptyOutDir: true,
    assetsDir: BUNDLE_DIR,
    // Files only: the admin page's CSP is script-src 'self', and Vite would inline small assets.
    assetsInlineLimit: 0,
    modulePreload: false,
    copyPublicDir: false,
    // Decap is one large chunk by design (its size: `npm run bench`, the /admin row).
    chunkSizeWarningLimit: 8192,
    rollupOptions: {
      // Decap's dependencies use eval (gray-matter, a TOML parser) and 'use client' (react-toastify):
      // theirs, not ours to fix. Warnings about our own files still show.
      onLog(level, log, handler) {
        const theirs = log.id?.includes('node_modules') ?? false;
        if (theirs && (log.code === 'EVAL' || log.code === 'MODULE_LEVEL_DIRECTIVE')) return;
        handler(level, log);
      },
      input: { cms: path.join(root, 'admin/cms.ts') },
      output: {
        entryFileNames: `${BUNDLE_DIR}/[name].[hash].js`,
        chunkFileNames: `${BUNDLE_DIR}/[name].[hash].js`,
        assetFileNames: `${BUNDLE_DIR}/[name].[hash][extname]`,
      },
    },
  },
});

const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
const entry = outputs.find((o) => o.type === 'chunk' && o.isEntry);
if (entry?.type !== 'chunk') throw new Error('build-admin: Vite wrote no entry chunk for admin/cms.ts');
for (const file of Object.keys(inputs).filter((f) => f.endsWith('.css'))) {
  for (const dep of withCssImports(file)) inputs[dep] ??= await hashFile(root, dep);
}
const bundle: AdminBundle = {
  entry: `/${entry.fileName}`,
  preload: [entry.fileName, ...entry.imports].map((file) => `/${file}`),
  inputs,
};
writeFileSync(path.join(out, 'bundle.json'), `${JSON.stringify(bundle, null, 2)}\n`);
