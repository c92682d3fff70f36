/**
 * A production build that would ship wrong stops before writing anything, naming each
 * variable in Chinese (src/production/). The fixture site itself (global setup) is built
 * through the same check with a complete set.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { ROOT, TEST_CACHE } from '../support/paths.ts';

/** No address from any source, no CMS settings, and not a local build. */
const BARE = {
  LOCAL_BUILD: '',
  SITE_URL: '',
  NETLIFY: '',
  CF_PAGES: '',
  CMS_BACKEND: '',
  CMS_REPO: '',
  CMS_API_ROOT: '',
  CMS_APP_ID: '',
};

function refused(env: Record<string, string>) {
  const out = path.join(TEST_CACHE, 'production-settings-dist');
  const result = buildSite({ content: path.join(ROOT, 'content'), out, env: { ...BARE, ...env } });
  expect(result.ok).toBe(false);
  expect(existsSync(out)).toBe(false);
  return result.output;
}

describe('production build settings', () => {
  it('stops without a public address, naming SITE_URL, and without CMS_REPO', () => {
    const output = refused({});
    expect(output).toContain('生产构建的设置不完整');
    expect(output).toContain('没有设置网站地址 SITE_URL');
    expect(output).toContain('CMS_REPO 未设置');
  });

  it("stops on a loopback address, naming the variable it came from (Netlify's URL)", () => {
    const output = refused({ NETLIFY: 'true', URL: 'http://localhost:8888', CMS_REPO: 'org/site' });
    expect(output).toContain('网站地址 URL=http://localhost:8888/ 是本机地址');
    expect(output).not.toContain('CMS_REPO');
  });

  it('stops on a Forgejo backend without API root and app id', () => {
    const output = refused({ SITE_URL: 'https://example.cn', CMS_BACKEND: 'forgejo', CMS_REPO: 'org/site' });
    expect(output).toContain('CMS_API_ROOT 未设置');
    expect(output).toContain('CMS_APP_ID 未设置');
    expect(output).not.toContain('SITE_URL');
  });

  it('stops on a BUILD_MEMORY_GB that is not a size, before any page is written', () => {
    const output = refused({ SITE_URL: 'https://example.cn', CMS_REPO: 'org/site', BUILD_MEMORY_GB: '8G' });
    expect(output).toContain('BUILD_MEMORY_GB 应为构建机的内存大小（GB，正数），例如 8；现在是 “8G”。');
    expect(output).not.toMatch(/page\(s\) built/);
  });
});
