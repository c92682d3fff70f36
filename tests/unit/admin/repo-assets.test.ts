import { describe, expect, it } from 'vitest';
import { loadedUrl, markdownImagePaths, repoPathOf, withImageUrls } from '../../../admin/repo-assets.ts';

describe('uploads are looked up by their repository path, not their site path', () => {
  it('maps /uploads/… to public/uploads/… and leaves anything else alone', () => {
    expect(repoPathOf('/uploads/20261127-3f9a1c.png')).toBe('public/uploads/20261127-3f9a1c.png');
    expect(repoPathOf('/uploadsx/a.png')).toBe('/uploadsx/a.png');
    expect(repoPathOf('https://example.com/a.png')).toBe('https://example.com/a.png');
  });
});

describe('the images of a Markdown body', () => {
  it('finds Markdown and HTML images, each once, with or without a title', () => {
    const body = [
      '测试正文。![测试图片](/uploads/a.png "标题")',
      '![](/uploads/a.png)',
      '<img alt="测试" src="/uploads/b.png">',
      '[不是图片](/uploads/c.pdf)',
      '![外部图片](https://example.com/d.png)',
    ].join('\n');
    expect(markdownImagePaths(body)).toEqual(['/uploads/a.png', 'https://example.com/d.png', '/uploads/b.png']);
    expect(markdownImagePaths(undefined)).toEqual([]);
  });
});

describe('a body shown with its loaded images', () => {
  it('gives every image the address the preview resolves, inline ones included, and leaves links alone', () => {
    const urls = new Map([['/uploads/a.png', 'blob:http://localhost/1']]);
    const resolve = (path: string) => (path.startsWith('/uploads/') ? (urls.get(path) ?? '') : path);
    const body = [
      '测试正文。![测试图片](/uploads/a.png "标题")，接着写。',
      '<img alt="测试" src="/uploads/a.png">',
      '[不是图片](/uploads/a.png)',
      '![还没读到](/uploads/b.png)',
      '![外部图片](https://example.com/d.png)',
    ].join('\n');
    expect(withImageUrls(body, resolve)).toBe(
      [
        '测试正文。![测试图片](blob:http://localhost/1 "标题")，接着写。',
        '<img alt="测试" src="blob:http://localhost/1">',
        '[不是图片](/uploads/a.png)',
        '![还没读到]()',
        '![外部图片](https://example.com/d.png)',
      ].join('\n'),
    );
    expect(withImageUrls(undefined, resolve)).toBeUndefined();
  });
});

describe("the address of an asset Decap's getAsset gave", () => {
  it("is the asset's address once loaded, none for Decap's loading placeholder or nothing", () => {
    expect(loadedUrl({ path: 'public/uploads/a.png', url: 'blob:http://localhost/1' })).toBe('blob:http://localhost/1');
    expect(loadedUrl({ path: 'empty.svg', url: 'blob:http://localhost/2' })).toBeUndefined();
    expect(loadedUrl(undefined)).toBeUndefined();
  });
  it('is none for a file that could not be read, which Decap answers with the repository path itself', () => {
    expect(loadedUrl({ path: 'public/uploads/none.png', url: 'public/uploads/none.png' })).toBeUndefined();
  });
});
