/**
 * What a reader downloads for one page: its HTML plus the CSS and JavaScript it
 * references, each gzipped as a web server would send it. Only the page's own
 * references are followed (stylesheets, script src, module preloads, and the
 * static imports inside those modules), never lazy chunks loaded later.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzipped bytes per kind for one page. */
export interface PageWeight {
  path: string;
  html: number;
  css: number;
  js: number;
  total: number;
  /** `<script>` elements that run code (JSON-LD and other data blocks excluded). */
  scripts: number;
  /** Files counted, site paths. */
  files: string[];
}

/** Gzipped size in bytes. */
export function gzSize(data: Buffer | string): number {
  return gzipSync(data).length;
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/**
 * The CSS and JS a page's HTML references, and how many of its scripts run code.
 * @example assetRefs('<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/b.js"></script>')
 * // { css: ['/_astro/a.css'], js: ['/_astro/b.js'], scripts: 1 }
 */
export function assetRefs(html: string): { css: string[]; js: string[]; scripts: number } {
  const css: string[] = [];
  const js: string[] = [];
  let scripts = 0;
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(tag, 'href');
    if (!href) continue;
    if (rel.includes('stylesheet')) css.push(href);
    else if (rel.includes('modulepreload')) js.push(href);
  }
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const type = (attr(tag, 'type') ?? '').toLowerCase();
    if (type && type !== 'module' && !type.includes('javascript')) continue;
    scripts++;
    const src = attr(tag, 'src');
    if (src) js.push(src);
  }
  return { css, js, scripts };
}

/** Static imports of an ES module (`import x from "./a.js"`, `import "./b.js"`, `export * from`). */
export function moduleImports(code: string): string[] {
  return [...code.matchAll(/(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.m?js)["']/g)].map(
    (m) => m[1] ?? '',
  );
}

function fileFor(dist: string, sitePath: string): string | undefined {
  let file = path.join(dist, decodeURIComponent(sitePath.split(/[?#]/)[0] ?? ''));
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  return existsSync(file) ? file : undefined;
}

/** Resolve a reference found in `from` (a site path) to a same-site path, or undefined for other hosts. */
function resolveRef(ref: string, from: string): string | undefined {
  const url = new URL(ref, `http://site${from}`);
  return url.host === 'site' ? url.pathname : undefined;
}

/**
 * Weigh one built page. Returns undefined when the page does not exist in `dist`.
 * @example pageWeight('dist', '/news/') // { html: 4210, css: 3120, js: 0, … }
 */
export function pageWeight(dist: string, sitePath: string): PageWeight | undefined {
  const htmlFile = fileFor(dist, sitePath);
  if (!htmlFile) return undefined;
  const html = readFileSync(htmlFile, 'utf8');
  const refs = assetRefs(html);
  const seen = new Set<string>();
  const weight: PageWeight = {
    path: sitePath,
    html: gzSize(html),
    css: 0,
    js: 0,
    total: 0,
    scripts: refs.scripts,
    files: [],
  };
  const visit = (ref: string, from: string, kind: 'css' | 'js') => {
    const target = resolveRef(ref, from);
    if (!target || seen.has(target)) return;
    seen.add(target);
    const file = fileFor(dist, target);
    if (!file) return;
    const data = readFileSync(file);
    weight[kind] += gzSize(data);
    weight.files.push(target);
    if (kind === 'js') for (const imp of moduleImports(data.toString('utf8'))) visit(imp, target, 'js');
  };
  for (const ref of refs.css) visit(ref, sitePath, 'css');
  for (const ref of refs.js) visit(ref, sitePath, 'js');
  weight.total = weight.html + weight.css + weight.js;
  return weight;
}

/** Total bytes and file count of a folder, optionally only files whose path (relative, with `/`) matches. */
export function folderSize(dir: string, match?: RegExp): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  if (!existsSync(dir)) return { bytes, files };
  for (const d of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!d.isFile()) continue;
    const file = path.join(d.parentPath, d.name);
    if (match && !match.test(path.relative(dir, file).split(path.sep).join('/'))) continue;
    bytes += statSync(file).size;
    files++;
  }
  return { bytes, files };
}
