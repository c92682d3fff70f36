import { describe, expect, it } from 'vitest';
import { productionProblems } from '../../../src/production/production-problems.ts';

const SITE = { SITE_URL: 'https://example.cn' };

describe('productionProblems', () => {
  it('is empty for a public address and a complete backend', () => {
    expect(productionProblems({ ...SITE, CMS_REPO: 'org/site' })).toEqual([]);
    expect(
      productionProblems({
        ...SITE,
        CMS_BACKEND: 'forgejo',
        CMS_REPO: 'org/site',
        CMS_API_ROOT: 'https://git.example.cn/api/v1',
        CMS_APP_ID: 'abc',
      }),
    ).toEqual([]);
    // GitLab's API root defaults to gitlab.com in Decap; the app id has no default.
    expect(productionProblems({ ...SITE, CMS_BACKEND: 'gitlab', CMS_REPO: 'org/site', CMS_APP_ID: 'abc' })).toEqual([]);
  });

  it('names every missing variable', () => {
    const problems = productionProblems({ CMS_BACKEND: 'forgejo' });
    expect(problems).toHaveLength(4);
    for (const variable of ['SITE_URL', 'CMS_REPO', 'CMS_API_ROOT', 'CMS_APP_ID']) {
      expect(problems.some((p) => p.includes(variable))).toBe(true);
    }
    expect(productionProblems({ ...SITE, CMS_BACKEND: 'gitlab', CMS_REPO: 'org/site' })).toEqual([
      expect.stringMatching(/^CMS_APP_ID 未设置：在 GitLab 中登记/),
    ]);
  });

  it('reports an unusable value instead of throwing', () => {
    expect(productionProblems({ SITE_URL: 'example.cn', CMS_BACKEND: 'gitea', CMS_REPO: 'org/site' })).toEqual([
      expect.stringMatching(/SITE_URL="example\.cn"/),
      expect.stringMatching(/CMS_BACKEND=gitea 不可用/),
    ]);
  });
});
