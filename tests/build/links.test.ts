/**
 * Link integrity of the built fixture site, with the same checker and command
 * readers of deploy/README.md run (`npm run check-links`).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkLinks } from '../../scripts/lib/link-check.ts';
import { ROOT } from '../support/paths.ts';

const site = 'https://gyxz.example.cn';

describe('link integrity', () => {
  it('every internal link and asset of the fixture site resolves; external links are listed, not fetched', () => {
    const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/check-links.ts'), inject('fixtureDist')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, SITE_URL: site },
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('https://xcz.cinn.cn/');
    expect(result.stdout).toMatch(/检查了 \d+ 个页面/);
  });

  it('the checker finds broken links, missing assets, srcset entries, og:image and missing fragments', () => {
    const pages = new Map([
      [
        'index.html',
        `<html><head><link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/_astro/gone.css">
        <meta property="og:image" content="${site}/og/missing.png"></head><body id="top">
        <a href="/about/">ok</a><a href="/nowhere/">bad</a><a href="#top">ok</a><a href="/about/#nope">bad</a>
        <img src="/uploads/a.jpg" srcset="/uploads/a.jpg 1x, /uploads/b.jpg 2x" alt="">
        <a href="https://www.cinn.cn/gyxz/index.html">ext</a><a href="mailto:gyxzyjzx@163.com">mail</a></body></html>`,
      ],
      ['about/index.html', '<html><body><h1 id="about">关于</h1><a href="../">home</a></body></html>'],
    ]);
    const files = new Set([...pages.keys(), 'favicon.svg', 'uploads/a.jpg']);
    const { broken, external } = checkLinks(pages, (f) => files.has(f), site);
    expect(broken.map((b) => `${b.where} ${b.url}`).sort()).toEqual(
      [
        'a[href] /about/#nope',
        'a[href] /nowhere/',
        'img[srcset] /uploads/b.jpg',
        'link[href] /_astro/gone.css',
        `meta[og:image] ${site}/og/missing.png`,
      ].sort(),
    );
    expect(external.map((e) => e.url)).toEqual(['https://www.cinn.cn/gyxz/index.html']);
  });
});
