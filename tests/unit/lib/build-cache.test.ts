/**
 * Where the build's caches live, and when Astro's may be reused: a tiny hand-made project.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { astroCacheKey, cacheFolder, cacheRoot, keepIfSameKey } from '../../../src/lib/build-cache.ts';
import { TEST_CACHE } from '../../support/paths.ts';

const root = path.join(TEST_CACHE, 'build-cache-unit');

function write(file: string, text: string) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

beforeEach(() => {
  rmSync(root, { recursive: true, force: true });
  write('package-lock.json', '{"lockfileVersion":3}');
  write('astro.config.mjs', 'export default {};');
  write('src/schemas/news.ts', 'export const news = 1;');
  write('src/markdown/untrusted-html.ts', 'export const plugin = 1;');
});

describe('cache folders', () => {
  it('keeps every cache under .cache, and under node_modules/.astro on Cloudflare Pages', () => {
    expect(cacheRoot({})).toBe('.cache');
    expect(cacheRoot({ CF_PAGES: '1' })).toBe('node_modules/.astro');
    expect([cacheFolder('og', {}), cacheFolder('admin', {}), cacheFolder('astro', {})]).toEqual([
      '.cache/og',
      '.cache/admin',
      '.cache/astro',
    ]);
    expect(cacheFolder('astro', { CF_PAGES: '1' })).toBe('node_modules/.astro/astro');
  });

  it('lets each cache be moved on its own', () => {
    const env = { OG_CACHE_DIR: '/tmp/og', ASTRO_CACHE_DIR: 'x/astro' };
    expect(cacheFolder('og', env)).toBe('/tmp/og');
    expect(cacheFolder('astro', env)).toBe('x/astro');
    expect(cacheFolder('admin', env)).toBe('.cache/admin');
  });
});

describe('astroCacheKey', () => {
  const key = () => astroCacheKey(root);

  it('is the same while nothing it covers changes', async () => {
    expect(await key()).toBe(await key());
    write('content/news/a.md', '---\ntitle: 新\n---'); // content is what the store itself follows
    write('README.md', 'docs');
    expect(await key()).toBe(await key());
  });

  it.each([
    ['a schema', 'src/schemas/news.ts'],
    ['a Markdown plugin', 'src/markdown/untrusted-html.ts'],
    ['a new file under src/', 'src/content/extra.ts'],
    ['the lockfile', 'package-lock.json'],
    ['astro.config.mjs', 'astro.config.mjs'],
    ['tsconfig.json', 'tsconfig.json'],
  ])('changes with %s', async (_, file) => {
    const before = await key();
    write(file, 'changed');
    expect(await key()).not.toBe(before);
  });
});

describe('keepIfSameKey', () => {
  const dir = path.join(root, '.cache', 'astro');
  const store = path.join(dir, 'data-store.json');

  it('keeps the folder for the same key and empties it for another', () => {
    expect(keepIfSameKey(dir, 'a')).toBe('started');
    writeFileSync(store, '{}');
    expect(keepIfSameKey(dir, 'a')).toBe('kept');
    expect(existsSync(store)).toBe(true);
    expect(keepIfSameKey(dir, 'b')).toBe('emptied');
    expect(existsSync(store)).toBe(false);
    expect(keepIfSameKey(dir, 'b')).toBe('kept');
  });

  it('empties a folder that carries no key (made by `astro build` alone, or before keys)', () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(store, '{}');
    expect(keepIfSameKey(dir, 'a')).toBe('started');
    expect(existsSync(store)).toBe(false);
    expect(readFileSync(path.join(dir, 'inputs.sha256'), 'utf8').trim()).toBe('a');
  });
});
