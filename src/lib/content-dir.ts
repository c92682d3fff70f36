import path from 'node:path';

/**
 * Where the site's Markdown lives. `content/` by default; tests and the benchmark
 * point CONTENT_DIR at a fixture or generated corpus instead.
 */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env['CONTENT_DIR'] ?? 'content');
}
