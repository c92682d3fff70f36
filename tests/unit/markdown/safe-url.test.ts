import { describe, expect, it } from 'vitest';
import { findExecutableMarkup } from '../../support/executable-markup.ts';
import { isSafeUrl } from '../../../src/markdown/safe-url.ts';

describe('isSafeUrl', () => {
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'javascript%3Aalert(1)'.replace('%3A', ':'),
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'java%0ascript:alert(1)',
  ])('refuses %j', (url) => {
    expect(isSafeUrl(url, 'link')).toBe(false);
    expect(isSafeUrl(url, 'image')).toBe(false);
  });

  it.each(['/uploads/a.pdf', '../x/', '#top', '?q=1'])('accepts %j as a link and an image', (url) => {
    expect(isSafeUrl(url, 'link')).toBe(true);
    expect(isSafeUrl(url, 'image')).toBe(true);
  });

  it.each(['https://www.cinn.cn/gyxz/index.html', 'http://x.cn', '//x.cn/a.png'])(
    'accepts %j as a link but not as an image (images come from the site only)',
    (url) => {
      expect(isSafeUrl(url, 'link')).toBe(true);
      expect(isSafeUrl(url, 'image')).toBe(false);
    },
  );

  it('allows mail and phone links but not as images', () => {
    expect(isSafeUrl('mailto:gyxzyjzx@163.com', 'link')).toBe(true);
    expect(isSafeUrl('tel:010-67410624', 'link')).toBe(true);
    expect(isSafeUrl('mailto:gyxzyjzx@163.com', 'image')).toBe(false);
  });
});

describe('findExecutableMarkup', () => {
  it('passes an inert page with the site bundle and JSON-LD', () => {
    const html =
      '<!doctype html><html><head><script type="module" src="/_astro/a.js"></script>' +
      '<script type="application/ld+json">{"a":"\\u003c"}</script></head><body><a href="/x/">x</a></body></html>';
    expect(findExecutableMarkup(html)).toEqual([]);
  });

  it.each([
    '<script>alert(1)</script>',
    '<script src="https://evil.example/x.js"></script>',
    '<script src="//evil.example/x.js"></script>',
    '<img src=x onerror=alert(1)>',
    '<svg onload=alert(1)></svg>',
    '<a href="javascript:alert(1)">x</a>',
    '<iframe srcdoc="x"></iframe>',
    '<form action="javascript:alert(1)"></form>',
    '<meta http-equiv="refresh" content="0;url=/">',
    '<p style="color:red">x</p>',
    '<style>p{}</style>',
  ])('flags %s', (html) => {
    expect(findExecutableMarkup(html).length).toBeGreaterThan(0);
  });
});
