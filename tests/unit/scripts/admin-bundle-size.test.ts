import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adminBundleBytes } from '../../../scripts/lib/admin-bundle-size.ts';
import { TEST_CACHE } from '../../support/paths.ts';

describe('adminBundleBytes', () => {
  it('counts a chunk once when the page preloads it and the entry imports it, from a relative dist path', () => {
    const dist = path.join(TEST_CACHE, 'admin-bundle-size', 'dist');
    rmSync(dist, { recursive: true, force: true });
    mkdirSync(path.join(dist, 'admin', '_cms'), { recursive: true });
    writeFileSync(
      path.join(dist, 'admin', 'index.html'),
      '<head><link rel="modulepreload" href="/admin/_cms/cms.a.js"><link rel="modulepreload" href="/admin/_cms/chunk.b.js"></head>' +
        '<script type="module" src="/admin/_cms/cms.a.js"></script>',
    );
    const entry = 'import{x}from"./chunk.b.js";console.log(x);';
    const chunk = 'export const x=1;';
    writeFileSync(path.join(dist, 'admin', '_cms', 'cms.a.js'), entry);
    writeFileSync(path.join(dist, 'admin', '_cms', 'chunk.b.js'), chunk);
    const size = adminBundleBytes(path.relative(process.cwd(), dist));
    expect(size.files).toEqual(['admin/_cms/chunk.b.js', 'admin/_cms/cms.a.js']);
    expect(size.bytes).toBe(entry.length + chunk.length);
  });
});
