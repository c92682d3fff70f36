/**
 * Production build that never leaves a half-written site behind.
 *
 * Astro builds into a fresh folder under .cache/; only when the whole build
 * (pages, search index, share images) succeeds is it swapped in for dist/.
 * A failed build prints the reason and leaves the previous dist/ untouched.
 *
 *   node scripts/build.ts [--out dist] [--content content]
 *
 * CONTENT_DIR may also point at another content folder (tests, benchmark).
 */
import { build } from 'astro';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { explainBuildError } from './lib/explain-error.ts';

const { values } = parseArgs({
  options: { out: { type: 'string', default: 'dist' }, content: { type: 'string' } },
});
if (values.content) process.env['CONTENT_DIR'] = path.resolve(values.content);

const out = path.resolve(values.out);
const staging = path.resolve('.cache', `build-${process.pid}-${Date.now()}`);
await mkdir(path.dirname(staging), { recursive: true });

try {
  await build({
    root: process.cwd(),
    outDir: staging,
    logLevel: process.env['ASTRO_LOG'] === 'silent' ? 'error' : 'info',
  });
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  const raw = error instanceof Error ? error.message : String(error);
  const message = explainBuildError(raw, process.env['CONTENT_DIR'] ?? path.resolve('content'));
  console.error(`\n构建失败（build failed）；${path.relative(process.cwd(), out) || out} 保持不变。\n${message}`);
  process.exit(1);
}

const old = `${out}.old-${process.pid}`;
if (existsSync(out)) await rename(out, old);
await mkdir(path.dirname(out), { recursive: true });
await rename(staging, out);
await rm(old, { recursive: true, force: true });
console.log(`构建完成：${path.relative(process.cwd(), out) || out}`);
