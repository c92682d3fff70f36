/**
 * The Pagefind integration against the real Pagefind binary, on tiny sites
 * written to a temporary folder: it indexes, it counts only data-pagefind-body
 * pages, and every error Pagefind reports (or an empty index) is thrown, which
 * is what stops `astro build`.
 */
import type { AstroIntegrationLogger } from 'astro';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import pagefindIntegration, { indexSite, searchStep } from '../../../src/search/integration.ts';
import { readFragment } from '../../../src/search/date-order.ts';
import { DATE_ORDER_FILE } from '../../../src/search/pagefind-api.ts';
import { SEGMENTER_HOOK } from '../../../src/search/segmenter-hook.ts';

const root = mkdtempSync(path.join(tmpdir(), 'search-integration-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A folder of HTML pages: `{ 'a/index.html': html }`. */
function site(name: string, pages: Record<string, string>): string {
  const dir = path.join(root, name);
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), html);
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

const article = (body: string) =>
  `<!doctype html><html lang="zh-CN"><body><nav>导航</nav><main data-pagefind-body>${body}</main></body></html>`;
const list = `<!doctype html><html lang="zh-CN"><body><main><h1>列表页</h1></main></body></html>`;

/** The integration's build hook, called the way Astro calls it. */
async function runHook(dir: string): Promise<string[]> {
  const warnings: string[] = [];
  const logger = { warn: (m: string) => warnings.push(m) } as unknown as AstroIntegrationLogger;
  const hook = pagefindIntegration().hooks['astro:build:done'];
  await hook?.({ dir: pathToFileURL(`${dir}/`), logger } as never);
  return warnings;
}

describe('indexSite', () => {
  it('indexes only pages with data-pagefind-body and writes the bundle', async () => {
    const dir = site('ok', {
      'index.html': list,
      'news/a/index.html': article('<h1>特色小镇</h1><p>镇域经济</p>'),
      'news/b/index.html': article('<h1>回执</h1>'),
    });
    const report = await indexSite(dir);
    expect(report.pages).toBe(2);
    const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, unknown>;
    };
    expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
    expect(existsSync(path.join(dir, 'pagefind/pagefind.js'))).toBe(true);
  });

  it("puts the search page's segmenter hook into the pagefind.js Pagefind wrote", async () => {
    const dir = site('hook', { 'a/index.html': article('<h1>特色小镇</h1>') });
    await indexSite(dir);
    const js = readFileSync(path.join(dir, 'pagefind/pagefind.js'), 'utf8');
    expect(js).toContain(`globalThis.${SEGMENTER_HOOK}?.(trueLanguage)??new Intl.Segmenter(`);
  });

  it('writes the dated pages newest first beside the index, read back from its fragments', async () => {
    const dated = (day: string, title: string) =>
      article(`<h1 data-pagefind-meta="title">${title}</h1><p data-pagefind-meta="date:${day}">${day}</p>`);
    const dir = site('dates', {
      'old/index.html': dated('2024-05-01', '旧闻'),
      'new/index.html': dated('2026-03-01', '新闻'),
      'same-b/index.html': dated('2025-01-01', '同日乙'),
      'same-a/index.html': dated('2025-01-01', '同日甲'),
      'undated/index.html': article('<h1>工具包</h1>'),
    });
    await indexSite(dir);
    const bundle = path.join(dir, 'pagefind');
    const order = JSON.parse(readFileSync(path.join(bundle, DATE_ORDER_FILE), 'utf8')) as string[];
    // Each id names the fragment the search page's result carries; map them back to their pages.
    const urlOf = (id: string) =>
      readFragment(id, readFileSync(path.join(bundle, 'fragment', `${id}.pf_fragment`))).url;
    expect(order.map(urlOf)).toEqual(['/new/', '/same-a/', '/same-b/', '/old/']);
  });

  it('throws the errors Pagefind reports', async () => {
    const dir = site('bad-selector', { 'index.html': article('<h1>测试</h1>') });
    // An unsupported selector makes Pagefind's HTML parser fail on every page.
    await expect(indexSite(dir, { config: { rootSelector: ':::' } })).rejects.toThrow(
      /Pagefind addDirectory failed:[\s\S]*UnsupportedPseudoClassOrElement/,
    );
  });

  it('cuts the index into chunks of the size it is given (Pagefind reads an undocumented variable)', async () => {
    // Thirty pages of distinct two-character words: enough word positions for several small chunks.
    const chars = '城镇产业经济发展园区企业创新制造工业农业文化旅游生态交通人口土地财政金融科技人才服务市场投资';
    const words = Array.from({ length: 600 }, (_, i) => chars[i % chars.length]! + chars[(i * 7 + 3) % chars.length]!);
    const pages = Object.fromEntries(
      Array.from({ length: 30 }, (_, p) => [
        `p${p}/index.html`,
        article(`<h1>第${p}页</h1><p>${words.slice(p * 20, p * 20 + 200).join('，')}。</p>`),
      ]),
    );
    const chunks = async (name: string, chunkSize: number) => {
      const dir = site(name, pages);
      await indexSite(dir, { chunkSize });
      return readdirSync(path.join(dir, 'pagefind/index')).length;
    };
    const big = await chunks('chunks-default', 20_000);
    const small = await chunks('chunks-small', 300);
    expect(big).toBe(1);
    expect(small).toBeGreaterThan(big);
  });

  it('refuses to ship an empty index', async () => {
    const dir = site('empty', {});
    await expect(indexSite(dir)).rejects.toThrow(/index is empty/);
  });
});

describe("Pagefind's memory", () => {
  it.runIf(process.platform === 'linux')('reports the peak memory of the Pagefind service it ran', async () => {
    const report = await indexSite(site('memory', { 'a/index.html': article('<h1>内存</h1>') }));
    // The service binary takes some megabytes for one page: more than nothing, and less than this
    // Node process (the only other figure a mix-up could give is another child's).
    expect(report.peakBytes).toBeGreaterThan(1024 ** 2);
    expect(report.peakBytes).toBeLessThan(process.memoryUsage().rss);
  });

  it.runIf(process.platform === 'linux')(
    'warns when the index takes more than 80 % of BUILD_MEMORY_GB, and still builds it',
    async () => {
      const dir = site('memory-warn', { 'a/index.html': article('<h1>内存</h1>') });
      const warnings: string[] = [];
      process.env['BUILD_MEMORY_GB'] = '0.001'; // 1 MB: less than any Pagefind service takes
      try {
        await searchStep(dir, (m) => warnings.push(m));
      } finally {
        delete process.env['BUILD_MEMORY_GB'];
      }
      expect(warnings).toEqual([expect.stringMatching(/^搜索索引用了 [\d.]+ GB 内存.*已超出构建机内存 0\.00 GB/)]);
      expect(existsSync(path.join(dir, 'pagefind/pagefind-entry.json'))).toBe(true);
    },
  );

  it('refuses a BUILD_MEMORY_GB that is not a size before it indexes anything', async () => {
    const dir = site('memory-bad', { 'a/index.html': article('<h1>内存</h1>') });
    process.env['BUILD_MEMORY_GB'] = 'eight';
    try {
      await expect(searchStep(dir)).rejects.toThrow(/BUILD_MEMORY_GB 应为构建机的内存大小.*“eight”/);
    } finally {
      delete process.env['BUILD_MEMORY_GB'];
    }
    expect(existsSync(path.join(dir, 'pagefind'))).toBe(false);
  });

  it('stops `astro build` at its configuration on such a value, before any page is written', () => {
    const setup = pagefindIntegration().hooks['astro:config:setup']!;
    const call = (command: string) => setup({ command, updateConfig: () => ({}) } as never);
    process.env['BUILD_MEMORY_GB'] = '-1';
    try {
      expect(() => call('build')).toThrow(/BUILD_MEMORY_GB 应为构建机的内存大小.*“-1”/);
      expect(() => call('dev')).not.toThrow();
    } finally {
      delete process.env['BUILD_MEMORY_GB'];
    }
    expect(() => call('build')).not.toThrow();
  });
});

describe('the astro:build:done hook', () => {
  it('fails the build when indexing fails', async () => {
    await expect(runHook(site('hook-empty', {}))).rejects.toThrow(/Pagefind/);
  });

  it('skips indexing when SKIP_SEARCH=1, and says so', async () => {
    const dir = site('hook-skip', { 'a/index.html': article('<h1>测试</h1>') });
    process.env['SKIP_SEARCH'] = '1';
    try {
      expect(await runHook(dir)).toEqual([expect.stringContaining('SKIP_SEARCH=1')]);
    } finally {
      delete process.env['SKIP_SEARCH'];
    }
    expect(existsSync(path.join(dir, 'pagefind'))).toBe(false);
  });
});
