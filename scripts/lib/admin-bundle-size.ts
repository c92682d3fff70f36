import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  /** Files the /admin/ page loads up front: its entry scripts, their static imports, stylesheets. */
  files: string[];
  bytes: number;
  gzipBytes: number;
}

/** `/_astro/x.js` and `/admin/_cms/x.js` references in an HTML page: module scripts, preloads and stylesheets. */
function pageAssets(html: string): string[] {
  return [...html.matchAll(/(?:src|href)="(\/(?:_astro|admin\/_cms)\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
}

/**
 * Static imports of a built chunk (`import … from"./x.js"`, `import"./x.js"`, and
 * `import"/admin/_cms/x.js"` for the prebuilt CMS entry), not lazy `import()`.
 */
function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:^|[;\s}])import\s*(?:[\w${}\s,*]+from\s*)?["']([^"']+\.js)["']/g)].map((m) => m[1]!);
}

/**
 * What the CMS costs to open: the raw and gzip size of everything /admin/ loads before
 * Decap starts (lazy chunks, such as the ranking data-file reader, are not counted).
 * @example adminBundleBytes('dist').gzipBytes // about 1.5 MB
 */
export function adminBundleBytes(distDir: string): BundleSize {
  const html = readFileSync(path.join(distDir, 'admin', 'index.html'), 'utf8');
  // Absolute paths throughout: a file reached both from the page (a preload) and by a relative
  // import is then the same key and counted once.
  const root = path.resolve(distDir);
  const queue = pageAssets(html).map((url) => path.join(root, url));
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (file.endsWith('.js')) {
      for (const spec of staticImports(readFileSync(file, 'utf8'))) {
        queue.push(spec.startsWith('/') ? path.join(root, spec) : path.resolve(path.dirname(file), spec));
      }
    }
  }
  const files = [...seen].sort();
  let bytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const content = readFileSync(file);
    bytes += content.length;
    gzipBytes += gzipSync(content, { level: 9 }).length;
  }
  return { files: files.map((f) => path.relative(root, f)), bytes, gzipBytes };
}
