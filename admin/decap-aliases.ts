import path from 'node:path';

/**
 * The Vite aliases that put our code in place of pieces of Decap, for the CMS bundle
 * (scripts/build-admin.ts) and the dev server (admin/integration.ts):
 *  - `fuzzy` → admin/fuzzy-cjk.ts (two-character Chinese search). Exact name only:
 *    admin/fuzzy-cjk.ts itself imports `fuzzy/lib/fuzzy.js`.
 *  - Decap's `./WorkflowCard` (imported so by its WorkflowList only) → admin/workflow-card.ts
 *    (plain-text excerpts), which imports the original by its full path.
 *  - Decap's `./CollectionSearch` (imported so by its Sidebar only) → admin/collection-search.ts
 *    (Enter searches every section, as the box says), likewise.
 *  - Decap's `./Entries` (imported so by its EntriesCollection and EntriesSearch) →
 *    admin/entries.ts (a section's drafts listed when nothing of it is published), likewise.
 *  - the markdown widget's `./Toolbar` (imported so by its two editors only) →
 *    admin/markdown-toolbar.ts (the code block named in Chinese), likewise.
 *  - the markdown widget's `./renderers` (imported so by its VisualEditor only) →
 *    admin/markdown-renderers.ts (an image inside a paragraph resolved in the repository), likewise.
 *  - `react-toastify` (imported by Decap's notices) → admin/toasts.ts (Chinese close button,
 *    no English aria-labels), which imports the package's module file, mapped here to its
 *    full path because the package's `exports` do not list it.
 */
export function decapAliases(root: string): { find: RegExp; replacement: string }[] {
  return [
    { find: /^fuzzy$/, replacement: path.join(root, 'admin/fuzzy-cjk.ts') },
    { find: /^\.\/WorkflowCard$/, replacement: path.join(root, 'admin/workflow-card.ts') },
    { find: /^\.\/CollectionSearch$/, replacement: path.join(root, 'admin/collection-search.ts') },
    { find: /^\.\/Entries$/, replacement: path.join(root, 'admin/entries.ts') },
    { find: /^\.\/Toolbar$/, replacement: path.join(root, 'admin/markdown-toolbar.ts') },
    { find: /^\.\/renderers$/, replacement: path.join(root, 'admin/markdown-renderers.ts') },
    { find: /^react-toastify$/, replacement: path.join(root, 'admin/toasts.ts') },
    {
      find: /^react-toastify\/dist\/react-toastify\.esm\.mjs$/,
      replacement: path.join(root, 'node_modules/react-toastify/dist/react-toastify.esm.mjs'),
    },
  ];
}

/** A Rolldown plugin as Vite's `optimizeDeps.rolldownOptions.plugins` takes it. */
export interface AliasPlugin {
  name: string;
  resolveId(source: string): string | null;
}

/**
 * The same replacements inside Vite's dependency pre-bundle, for the dev server
 * (`npm run cms`, admin/integration.ts). `resolve.alias` reaches only the modules Vite
 * serves itself; Decap's packages are pre-bundled by Rolldown, which resolves their
 * relative imports on its own, so `./Toolbar` and `./WorkflowCard` stayed Decap's (the
 * 添加组件 menu said "Code Block", workflow cards showed raw Markdown). Vite runs the
 * configured plugins before its own, in the pre-bundle too.
 */
export function decapAliasPlugin(root: string): AliasPlugin {
  const aliases = decapAliases(root);
  return {
    name: 'decap-aliases',
    resolveId: (source) => aliases.find((a) => a.find.test(source))?.replacement ?? null,
  };
}
