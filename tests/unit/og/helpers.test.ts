import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { fontCoverage, missingGlyphs } from '../../../src/og/cmap.ts';
import { cardMeta, decodeEntities, metaTags } from '../../../src/og/head.ts';
import { ogImagePath } from '../../../src/og/image-path.ts';
import { OG_PALETTE, OG_PALETTE_TOKENS } from '../../../src/og/palette.ts';
import { encodePalettePng, pngSize } from '../../../src/og/png.ts';
import { posterBacks } from '../../../src/og/poster-backs.ts';
import { posterBackLabel, posterHref, posterTarget } from '../../../src/og/poster-link.ts';
import { SECTIONS } from '../../../src/lib/sections.ts';
import { FONT_FILES } from '../../../src/og/fonts.ts';
import { ROOT } from '../../support/paths.ts';

describe('ogImagePath', () => {
  it('mirrors the page path under /og/', () => {
    expect(ogImagePath('/')).toBe('/og/index.png');
    expect(ogImagePath('/news/x/')).toBe('/og/news/x.png');
    expect(ogImagePath('/news/page/2/')).toBe('/og/news/page/2.png');
    expect(ogImagePath('/404')).toBe('/og/404.png');
    expect(ogImagePath('/404.html')).toBe('/og/404.png');
  });
});

describe('og-palette', () => {
  it('repeats the light-theme values of tokens.css exactly', () => {
    const css = readFileSync(path.join(ROOT, 'src/styles/tokens.css'), 'utf8');
    // The first :root block is the light theme; dark and print override it later.
    const light = css.slice(0, css.indexOf('@media'));
    for (const [key, token] of Object.entries(OG_PALETTE_TOKENS)) {
      const value = new RegExp(`${token}:\\s*(#[0-9a-f]{3,8})`, 'i').exec(light)?.[1];
      expect(value, token).toBe(OG_PALETTE[key as keyof typeof OG_PALETTE]);
    }
  });
});

describe('og-head', () => {
  it('decodes the character references Astro writes', () => {
    expect(decodeEntities('A &amp; B &quot;C&quot; &#39;D&#x27; &lt;E&gt;')).toBe('A & B "C" \'D\' <E>');
    expect(decodeEntities('&unknown; &#x20000;')).toBe('&unknown; \u{20000}');
  });

  it('reads the card request from a page head and ignores the body', () => {
    const html = `<html><head>
      <meta property="og:title" content="论坛 &amp; 报名">
      <meta property="og:site_name" content="中心">
      <meta property="og:url" content="https://x.cn/news/a/">
      <meta property="og:image" content="https://x.cn/og/news/a.png">
      <meta property="og:image:width" content="1200">
      <meta property="article:section" content="新闻">
      <meta property="article:published_time" content="2026-01-21">
      </head><body><meta property="og:title" content="wrong"></body></html>`;
    expect(cardMeta(html)).toEqual({
      image: 'https://x.cn/og/news/a.png',
      title: '论坛 & 报名',
      siteName: '中心',
      url: 'https://x.cn/news/a/',
      section: '新闻',
      published: '2026-01-21',
    });
    expect(metaTags(html).get('og:image:width')).toBe('1200');
  });

  it('returns nothing for a page without og:image', () => {
    expect(cardMeta('<head><meta name="robots" content="noindex"></head>')).toBeUndefined();
  });
});

describe('og-cmap: the missing-glyph check', () => {
  const coverage = fontCoverage(readFileSync(FONT_FILES[1].path));

  it('finds common Chinese, punctuation, Latin and digits in Noto Sans SC', () => {
    expect(
      missingGlyphs(
        '关于召开第二届新型城镇化与工业小镇高质量发展论坛的邀请函《》“”，。：；！？（）—…·、ABC abc 2026',
        coverage,
      ),
    ).toEqual([]);
  });

  it('names a rare CJK Extension B character the font lacks, once', () => {
    // U+20000 is the first character of CJK Extension B; Noto Sans SC does not draw it.
    expect(missingGlyphs('工业\u{20000}小镇\u{20000}', coverage)).toEqual(['\u{20000}']);
  });

  it('reads the font cmap faithfully: both faces cover the same characters', () => {
    const regular = fontCoverage(readFileSync(FONT_FILES[0].path));
    for (const cp of [0x41, 0x4e2d, 0x9fa5, 0x3001, 0xff0c, 0x20000, 0x1f600]) {
      expect(regular.has(cp), cp.toString(16)).toBe(coverage.has(cp));
    }
  });
});

describe('og-png: palette PNG', () => {
  it('encodes losslessly and decodes with a standard PNG reader', () => {
    const width = 7;
    const height = 3;
    const rgba = new Uint8Array(width * height * 4);
    for (let i = 0; i < width * height; i++) rgba.set([i * 10, 255 - i, (i * 37) % 256, i % 2 ? 255 : 128], i * 4);
    const png = encodePalettePng(rgba, width, height)!;
    expect(pngSize(png)).toEqual({ width, height });
    expect(png[25]).toBe(3); // colour type: palette
    const decoded = PNG.sync.read(Buffer.from(png));
    expect(new Uint8Array(decoded.data)).toEqual(rgba);
  });

  it('declines images with more than 256 colours', () => {
    const rgba = new Uint8Array(300 * 4);
    for (let i = 0; i < 300; i++) rgba.set([i & 0xff, i >> 8, 0, 255], i * 4);
    expect(encodePalettePng(rgba, 300, 1)).toBeUndefined();
  });
});

describe('og-poster-link', () => {
  it('links to the poster page and accepts only same-site paths back', () => {
    expect(posterHref('/news/x/')).toBe('/share/?p=%2Fnews%2Fx%2F');
    expect(posterTarget('?p=%2Fnews%2Fx%2F')).toBe('/news/x/');
    for (const bad of [
      '?p=https://evil.example/',
      '?p=//evil.example/',
      '?p=javascript:alert(1)',
      '?p=/share/',
      '',
      '?p=',
    ]) {
      expect(posterTarget(bad), bad).toBeUndefined();
    }
  });
});

describe('posterBackLabel', () => {
  const backs = posterBacks();

  it('names the way back for the kind of page the poster is for, from the definitions', () => {
    expect(posterBackLabel('/projects/2026-06-01-zhejiang-anji-xiaofeng/', backs)).toBe('返回招商项目');
    expect(posterBackLabel('/towns/zhejiang-anji-xiaofeng/', backs)).toBe('返回镇的页面');
    expect(posterBackLabel('/forum/2026/', backs)).toBe('返回论坛');
    expect(posterBackLabel('/forum/2026/register/', backs)).toBe('返回论坛');
    expect(posterBackLabel('/news/2026-01-21-pingjia-tongzhi/', backs)).toBe('返回新闻');
    expect(posterBackLabel('/stories/2026-05-12-zhejiang-anji-xiaofeng/', backs)).toBe('返回镇域故事');
    expect(posterBackLabel('/forms/questionnaire/', backs)).toBe('返回表单');
    expect(posterBackLabel('/about/', backs)).toBe('返回页面');
  });

  it('names every section by the name its pages carry', () => {
    for (const s of SECTIONS) expect(posterBackLabel(`${s.path}x/`, backs), s.key).toBe(`返回${s.label}`);
  });
});
