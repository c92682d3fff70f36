import { describe, expect, it } from 'vitest';
import { addressProblem, isLoopback, LOCAL_ADDRESS, siteAddress } from '../../../src/production/site-address.ts';

describe('siteAddress', () => {
  it('takes SITE_URL first, as an origin with a trailing slash', () => {
    expect(
      siteAddress({ SITE_URL: 'https://example.cn/news/', NETLIFY: 'true', URL: 'https://x.netlify.app' }),
    ).toEqual({
      url: 'https://example.cn/',
      variable: 'SITE_URL',
    });
  });

  it("takes the host's own variable only on that host", () => {
    expect(siteAddress({ NETLIFY: 'true', URL: 'https://gyxz.netlify.app' })).toEqual({
      url: 'https://gyxz.netlify.app/',
      variable: 'URL',
    });
    expect(siteAddress({ CF_PAGES: '1', CF_PAGES_URL: 'https://abc.gyxz.pages.dev' }).variable).toBe('CF_PAGES_URL');
    // A stray URL on a developer's machine is not an address.
    expect(siteAddress({ URL: 'https://elsewhere.example' })).toEqual({
      url: `${LOCAL_ADDRESS}/`,
      variable: undefined,
    });
  });

  it('rejects a value that is not a web address, naming the variable', () => {
    expect(() => siteAddress({ SITE_URL: 'example.cn' })).toThrow(/SITE_URL="example\.cn" 不是完整的网址/);
    expect(() => siteAddress({ SITE_URL: 'ftp://example.cn' })).toThrow(/SITE_URL.*https:\/\//);
  });
});

describe('isLoopback', () => {
  it.each([
    ['http://localhost:4321/', true],
    ['http://app.localhost/', true],
    ['http://127.0.0.1:8080/', true],
    ['http://127.1.2.3/', true],
    ['http://[::1]:4321/', true],
    ['http://0.0.0.0/', true],
    ['https://example.cn/', false],
    ['https://localhost.example.cn/', false],
    ['https://128.0.0.1/', false],
  ])('%s → %s', (url, loopback) => expect(isLoopback(url)).toBe(loopback));
});

describe('addressProblem', () => {
  it('names SITE_URL when nothing is set', () => {
    expect(addressProblem(siteAddress({}))).toMatch(/没有设置网站地址 SITE_URL/);
  });

  it('names the variable that gave a loopback address', () => {
    expect(addressProblem(siteAddress({ SITE_URL: 'http://127.0.0.1:4321' }))).toMatch(/SITE_URL=.*是本机地址/);
    expect(addressProblem(siteAddress({ NETLIFY: 'true', URL: 'http://localhost:8888' }))).toMatch(/^网站地址 URL=/);
  });

  it('accepts a public address', () => {
    expect(addressProblem(siteAddress({ SITE_URL: 'https://example.cn' }))).toBeUndefined();
  });
});
