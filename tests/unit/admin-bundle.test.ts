/**
 * When a cached CMS bundle may be reused: its key covers the lockfile, the build
 * script and every input file. A tiny hand-made project and cache; the real bundle
 * is built and driven in Chromium by tests/e2e/cms.test.ts.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { bundleKey, findCachedBundle, type AdminBundle } from '../../src/integrations/admin-bundle.ts';
import { TEST_CACHE } from '../support/paths.ts';

const root = path.join(TEST_CACHE, 'admin-bundle-unit');
const cache = path.join(root, '.cache', 'admin');
const inputs = ['admin/cms.ts', 'src/styles/tokens.css'];

function write(file: string, text: string) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

/** Put a bundle in the cache under `name` (by default, the key of the project as it is now). */
async function cacheBundle(name?: string): Promise<string> {
  const dir = path.join(cache, name ?? (await bundleKey(root, inputs)));
  mkdirSync(dir, { recursive: true });
  const bundle: AdminBundle = { entry: '/admin/_cms/cms.abc.js', inputs };
  writeFileSync(path.join(dir, 'bundle.json'), JSON.stringify(bundle));
  return dir;
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
    expect(await bundleKey(root, inputs)).toBe(await bundleKey(root, [...inputs].reverse()));
    expect(await bundleKey(root, inputs)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with any input, the lockfile, tsconfig.json or the build script', async () => {
    const before = await bundleKey(root, inputs);
    for (const file of ['src/styles/tokens.css', 'package-lock.json', 'tsconfig.json', 'scripts/build-admin.ts']) {
      write(file, `${file} changed`);
      const after = await bundleKey(root, inputs);
      expect(after, file).not.toBe(before);
    }
  });

  it('changes when an input is gone', async () => {
    const before = await bundleKey(root, inputs);
    rmSync(path.join(root, 'admin/cms.ts'));
    expect(await bundleKey(root, inputs)).not.toBe(before);
  });
});

describe('findCachedBundle', () => {
  it('finds nothing in a missing or empty cache', async () => {
    expect(await findCachedBundle(root, cache)).toBeUndefined();
    mkdirSync(cache, { recursive: true });
    expect(await findCachedBundle(root, cache)).toBeUndefined();
  });

  it('reuses the bundle whose inputs still hash to its name', async () => {
    const dir = await cacheBundle();
    expect(await findCachedBundle(root, cache)).toEqual({
      dir,
      bundle: { entry: '/admin/_cms/cms.abc.js', inputs },
    });
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
    const dir = await cacheBundle();
    writeFileSync(path.join(dir, 'bundle.json'), '{"entry":');
    expect(await findCachedBundle(root, cache)).toBeUndefined();
  });
});
