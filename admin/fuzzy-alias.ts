import path from 'node:path';

/**
 * The Vite alias that gives Decap our `fuzzy` (admin/fuzzy-cjk.ts), for the CMS bundle
 * (scripts/build-admin.ts) and the dev server (admin/integration.ts). Exact name only:
 * admin/fuzzy-cjk.ts itself imports `fuzzy/lib/fuzzy.js`.
 */
export function fuzzyAlias(root: string): { find: RegExp; replacement: string } {
  return { find: /^fuzzy$/, replacement: path.join(root, 'admin/fuzzy-cjk.ts') };
}
