/**
 * Production build that never leaves a half-written site behind.
 *
 * Four steps, each in a process of its own, one after the other: the CMS bundle is built (a
 * cached one is found in this process, with no step), Astro writes the pages, Pagefind indexes them, the share cards are drawn. Each step's process has exited before
 * the next starts, so the build's memory peak is that of its largest step, not their sum
 * (Astro's process keeps what it allocated until it exits). The steps write into a fresh folder
 * under .cache/; only when all of them succeed is it swapped in for dist/. A failed step prints
 * the reason and leaves the previous dist/ untouched. The dist/ it replaced is moved to .cache/
 * and removed by the next build while its first step runs (scripts/lib/leftovers.ts).
 *
 *   node scripts/build.ts [--out dist] [--content content] [--local]
 *
 * --local (LOCAL_BUILD=1): a build to look at on this machine (`npm start`). It may keep the
 * loopback address and an incomplete CMS backend, which a production build refuses
 * (src/production/integration.ts). Never deploy it: `npm run deploy` refuses loopback builds.
 *
 * CONTENT_DIR may also point at another content folder (tests, benchmark). `astro build` run
 * directly still indexes and draws cards inside Astro's process (see src/lib/build-steps.ts).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { astroCacheKey, cacheFolder, keepIfSameKey } from '../src/lib/build-cache.ts';
import { BUILD_STEPS_ENV } from '../src/lib/build-steps.ts';
import { allocatorEnv } from './lib/allocator-env.ts';
import { stagingDir, swapIn, sweepLeftovers } from './lib/leftovers.ts';

const STEPS = ['admin', 'astro', 'search', 'cards'] as const;
type Step = (typeof STEPS)[number];

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'dist' },
    content: { type: 'string' },
    step: { type: 'string' },
    site: { type: 'string' },
    local: { type: 'boolean', default: false },
  },
});
if (values.local) process.env['LOCAL_BUILD'] = '1';
if (values.content) process.env['CONTENT_DIR'] = path.resolve(values.content);

/**
 * Run one step in this process (the parent runs each step in a child like this). Each step
 * imports its code only here, so the parent, alive for the whole build, stays small.
 */
async function runStep(step: Step, site: string): Promise<void> {
  switch (step) {
    case 'admin':
      await (await import('../admin/integration.ts')).ensureBundle(process.cwd());
      return;
    case 'astro':
      try {
        const { build } = await import('astro');
        await build({
          root: process.cwd(),
          outDir: site,
          logLevel: process.env['ASTRO_LOG'] === 'silent' ? 'error' : 'info',
        });
      } catch (error) {
        // Bad content is reported in Chinese by the content checks, before Astro reads a file
        // (src/content-checks/); anything else is printed as Astro says it.
        console.error(error instanceof Error ? error.message : String(error));
        process.exit(1);
      }
      return;
    case 'search':
      return (await import('../src/search/integration.ts')).searchStep(site);
    case 'cards':
      return (await import('../src/og/integration.ts')).cardsStep(site, process.cwd());
  }
}

if (values.step) {
  const step = values.step as Step;
  if (!STEPS.includes(step) || !values.site) throw new Error(`build step: --step ${STEPS.join('|')} --site <dir>`);
  await runStep(step, path.resolve(values.site));
  process.exit(0);
}

const out = path.resolve(values.out);
const cacheDir = path.resolve('.cache');
const staging = stagingDir(cacheDir);
await mkdir(staging, { recursive: true });

// Astro reuses its data store for every entry whose file is unchanged; it must not outlive the
// code and settings it was made with (src/lib/build-cache.ts). A cache restored by the host from
// an older build is emptied here when they differ.
const astroCache = path.resolve(cacheFolder('astro'));
if (keepIfSameKey(astroCache, await astroCacheKey(process.cwd())) === 'emptied') {
  console.log(`[build] ${path.relative(process.cwd(), astroCache)}：依赖、配置或代码已变，Astro 缓存已清空`);
}

let swept = false;
for (const step of STEPS) {
  // A cached CMS bundle is found by hashing a few files: no process of its own for that.
  if (step === 'admin' && (await (await import('../admin/integration.ts')).ensureBundle(process.cwd(), true))) continue;
  const child = spawn(
    process.execPath,
    [import.meta.filename, '--step', step, '--site', staging, ...(values.content ? ['--content', values.content] : [])],
    {
      stdio: 'inherit',
      env: { ...allocatorEnv(process.env, step === 'cards' ? 'draw' : 'bundle'), [BUILD_STEPS_ENV]: 'separate' },
    },
  );
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  if (!swept) {
    // While the first step starts up (one core, mostly), remove what earlier builds left. Never a
    // reason to fail this build: what is not removed now is tried again by the next one.
    try {
      sweepLeftovers(cacheDir);
    } catch (error) {
      console.warn(`[build] 未能清理 ${path.relative(process.cwd(), cacheDir)} 中旧的构建：${String(error)}`);
    }
    swept = true;
  }
  const [status, signal] = await exited;
  if (status !== 0) {
    await rm(staging, { recursive: true, force: true });
    const why = signal ? `（进程被 ${signal} 终止）` : '';
    console.error(
      `\n构建失败（build failed，${step} 步骤${why}）；${path.relative(process.cwd(), out) || out} 保持不变。`,
    );
    process.exit(1);
  }
}

swapIn(staging, out, cacheDir);
console.log(`构建完成：${path.relative(process.cwd(), out) || out}`);
