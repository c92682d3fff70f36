/**
 * When a cached CMS bundle may be reused: its key covers the lockfile, tsconfig.json,
 * the build script and every input file, as the build read them. A tiny hand-made
 * project and cache; the real bundle is built and driven in Chromium by tests/e2e/cms.test.ts.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { FIXED_INPUTS, findCachedBundle, withPreloads, type AdminBundle } from '../../../admin/integration.ts';
import { hashFiles, inputsKey as bundleKey } from '../../../src/lib/file-hash.ts';
import { TEST_CACHE } from '../../support/paths.ts';

const root = path.join(TEST_CACHE, 'admin-bundle-unit');
const cache = path.join(root, '.cache', 'admin');
const files = [...FIXED_INPUTS, 'admin/cms.ts', 'src/styles/tokens.css'];
const key = async () => bundleKey(await hashFiles(root, files));

function write(file: string, text: string) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

/** Put a bundle of the project as it is now in the cache, as a build does (or under another name). */
async function cacheBundle(name?: string): Promise<{ dir: string; bundle: AdminBundle }> {
  const bundle: AdminBundle = {
    entry: '/admin/_cms/cms.abc.js',
    preload: ['/admin/_cms/cms.abc.js'],
    inputs: await hashFiles(root, files),
  };
  const dir = path.join(cache, name ?? bundleKey(bundle.inputs));
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'bundle.json'), JSON.stringify(bundle));
  return { dir, bundle };
}

beforeEach(() => {
  rmSync(root, { recursive: true, force: true });
  write('package-lock.json', '{"lockfileVersion":3}');
  write('tsconfig.json', '{}');
  write('scripts/build-admin.ts', '// build');
  write('admin/cms.ts', "import CMS from 'decap-cms-app';");
  write('src/styles/tokens.css', ':root { --space: 1rem; }');
});

describe('bundleKey', () => {
  it('is the same for the same bytes, whatever the order of the inputs', async () => {
    const hashes = await hashFiles(root, files);
    const reversed = Object.fromEntries(Object.entries(hashes).reverse());
    expect(bundleKey(reversed)).toBe(bundleKey(hashes));
    expect(bundleKey(hashes)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with any input, the lockfile, tsconfig.json or the build script', async () => {
    for (const file of ['src/styles/tokens.css', 'package-lock.json', 'tsconfig.json', 'scripts/build-admin.ts']) {
      const before = await key();
      write(file, `${file} changed`);
      expect(await key(), file).not.toBe(before);
    }
  });

  it('changes when an input is gone', async () => {
    const before = await key();
    rmSync(path.join(root, 'admin/cms.ts'));
    expect(await key()).not.toBe(before);
  });
});

describe('findCachedBundle', () => {
  it('finds nothing in a missing or empty cache', async () => {
    expect(await findCachedBundle(root, cache)).toBeUndefined();
    mkdirSync(cache, { recursive: true });
    expect(await findCachedBundle(root, cache)).toBeUndefined();
  });

  it('reuses the bundle whose inputs still hash to its name', async () => {
    const cached = await cacheBundle();
    expect(await findCachedBundle(root, cache)).toEqual(cached);
  });

  it('does not reuse a bundle whose input changed while it was built', async () => {
    // The build read the old bytes; the file on disk is newer.
    const old = await hashFiles(root, files);
    write('admin/cms.ts', 'saved during the build');
    const dir = path.join(cache, bundleKey(old));
    mkdirSync(dir, { recursive: true });
    const bundle = { entry: '/admin/_cms/cms.abc.js', preload: ['/admin/_cms/cms.abc.js'], inputs: old };
    writeFileSync(path.join(dir, 'bundle.json'), JSON.stringify(bundle));
    expect(await findCachedBundle(root, cache)).toBeUndefined();
  });

  it('does not reuse a bundle.json without its preload list', async () => {
    const { dir, bundle } = await cacheBundle();
    writeFileSync(path.join(dir, 'bundle.json'), JSON.stringify({ entry: bundle.entry, inputs: bundle.inputs }));
    expect(await findCachedBundle(root, cache)).toBeUndefined();
  });

  it('does not reuse it once an input has changed', async () => {
    await cacheBundle();
    write('admin/cms.ts', "import CMS from 'decap-cms-app'; CMS.init();");
    expect(await findCachedBundle(root, cache)).toBeUndefined();
  });

  it('ignores half-written folders, folders under a wrong name and unreadable bundle.json', async () => {
    await cacheBundle('0'.repeat(64));
    mkdirSync(path.join(cache, 'tmp-123-abcd'), { recursive: true });
    expect(await findCachedBundle(root, cache)).toBeUndefined();
    const { dir } = await cacheBundle();
    writeFileSync(path.join(dir, 'bundle.json'), '{"entry":');
    expect(await findCachedBundle(root, cache)).toBeUndefined();
  });
});

describe('withPreloads', () => {
  it('puts one modulepreload link per file at the end of the head, in order', () => {
    const html =
      '<html><head><title>CMS</title></head><body><script type="module" src="/_astro/a.js"></script></body></html>';
    expect(withPreloads(html, ['/admin/_cms/cms.x.js', '/admin/_cms/chunk.y.js'])).toBe(
      '<html><head><title>CMS</title><link rel="modulepreload" href="/admin/_cms/cms.x.js">' +
        '<link rel="modulepreload" href="/admin/_cms/chunk.y.js"></head><body><script type="module" src="/_astro/a.js"></script></body></html>',
    );
  });

  it('refuses a page without a head rather than dropping the preloads', () => {
    expect(() => withPreloads('<p>x</p>', ['/admin/_cms/cms.x.js'])).toThrow(/<\/head>/);
  });
});
