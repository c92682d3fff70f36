import path from 'node:path';

/**
 * The Vite aliases that put our code in place of two pieces of Decap, for the CMS bundle
 * (scripts/build-admin.ts) and the dev server (admin/integration.ts):
 *  - `fuzzy` → admin/fuzzy-cjk.ts (two-character Chinese search). Exact name only:
 *    admin/fuzzy-cjk.ts itself imports `fuzzy/lib/fuzzy.js`.
 *  - Decap's `./WorkflowCard` (imported so by its WorkflowList only) → admin/workflow-card.ts
 *    (plain-text excerpts), which imports the original by its full path.
 */
export function decapAliases(root: string): { find: RegExp; replacement: string }[] {
  return [
    { find: /^fuzzy$/, replacement: path.join(root, 'admin/fuzzy-cjk.ts') },
    { find: /^\.\/WorkflowCard$/, replacement: path.join(root, 'admin/workflow-card.ts') },
  ];
}
