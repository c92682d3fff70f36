/**
 * The Netlify build plugin that keeps the build's caches (deploy/netlify-cache/), as netlify.toml
 * declares it, driven with a stand-in for Netlify's `utils.cache`.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { onPostBuild, onPreBuild } from '../../../../deploy/netlify-cache/index.js';
import { CACHES, cacheFolder, type CacheName } from '../../../../src/lib/build-cache.ts';

const toml = parse(readFileSync(new URL('../../../../netlify.toml', import.meta.url), 'utf8')) as {
  plugins?: { package: string; inputs?: { paths?: string[] } }[];
};
const plugin = toml.plugins?.find((p) => p.package === './deploy/netlify-cache');
const paths = plugin?.inputs?.paths ?? [];

function fakeCache() {
  const calls: string[] = [];
  return {
    calls,
    cache: {
      restore: (p: string) => (calls.push(`restore ${p}`), Promise.resolve(true)),
      save: (p: string) => (calls.push(`save ${p}`), Promise.resolve(true)),
    },
  };
}

describe('Netlify build cache', () => {
  it('netlify.toml declares the plugin with every cache the build keeps', () => {
    expect(plugin).toBeDefined();
    expect(paths).toEqual((Object.keys(CACHES) as CacheName[]).map((name) => cacheFolder(name, {})));
  });

  it('restores each folder before the build and saves each after it', async () => {
    const { calls, cache } = fakeCache();
    await onPreBuild({ inputs: { paths }, utils: { cache } });
    expect(calls).toEqual(paths.map((p) => `restore ${p}`));
    calls.length = 0;
    await onPostBuild({ inputs: { paths }, utils: { cache } });
    expect(calls).toEqual(paths.map((p) => `save ${p}`));
  });
});
