// typescript-eslint's program cannot read .astro files, so an imported component used as a value
// (an MDX components map) would be an error type there; astro check resolves the real module first.
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}

// Decap's workflow card, wrapped by admin/workflow-card.ts; the package ships no types for its files.
declare module 'decap-cms-core/dist/esm/components/Workflow/WorkflowCard.js' {
  const WorkflowCard: import('react').ComponentType<Record<string, unknown>>;
  export default WorkflowCard;
}

// Decap's search box, wrapped by admin/collection-search.ts; no types for the file.
declare module 'decap-cms-core/dist/esm/components/Collection/CollectionSearch.js' {
  const CollectionSearch: import('react').ComponentType<Record<string, unknown>>;
  export default CollectionSearch;
}

// Decap's list of entries, wrapped by admin/entries.ts; no types for the file.
declare module 'decap-cms-core/dist/esm/components/Collection/Entries/Entries.js' {
  const Entries: import('react').ComponentType<Record<string, unknown>>;
  export default Entries;
}

// Decap's editor page, whose local-backup prompt admin/backup-after-load.ts defers.
declare module 'decap-cms-core/dist/esm/components/Editor/Editor.js' {
  export class Editor {
    props: Record<string, unknown>;
    componentDidUpdate(prevProps: Record<string, unknown>): void;
  }
}

// Decap's parts registered one by one in admin/decap.ts; the packages ship no types, and
// decap-cms-core's registry types what they are.
declare module 'decap-cms-backend-forgejo' {
  export const ForgejoBackend: new (config: unknown, options?: unknown) => unknown;
}
declare module 'decap-cms-backend-github' {
  export const GitHubBackend: new (config: unknown, options?: unknown) => unknown;
}
declare module 'decap-cms-backend-gitlab' {
  export const GitLabBackend: new (config: unknown, options?: unknown) => unknown;
}
declare module 'decap-cms-backend-proxy' {
  export const ProxyBackend: new (config: unknown, options?: unknown) => unknown;
}
declare module 'decap-cms-editor-component-image' {
  const image: import('decap-cms-core').BlockEditorComponentOptions;
  export default image;
}
declare module 'decap-cms-locales' {
  export const en: import('decap-cms-core').CmsLocalePhrases;
  export const zh_Hans: import('decap-cms-core').CmsLocalePhrases;
}
declare module 'decap-cms-widget-*' {
  const widget: { Widget: () => import('decap-cms-core').CmsWidgetParam };
  export default widget;
}

// Decap's markdown toolbar, wrapped by admin/markdown-toolbar.ts; no types for the file.
declare module 'decap-cms-widget-markdown/dist/esm/MarkdownControl/Toolbar.js' {
  const Toolbar: import('react').ComponentType<Record<string, unknown>>;
  export default Toolbar;
}

// Decap's markdown editor's node renderers, wrapped by admin/markdown-renderers.ts; no types for the file.
declare module 'decap-cms-widget-markdown/dist/esm/MarkdownControl/renderers.js' {
  export const Element: import('react').ComponentType<Record<string, unknown>>;
  export const Leaf: import('react').ComponentType<Record<string, unknown>>;
}

// Decap's Redux store and the state admin/markdown-renderers.ts reads; no types for the files.
// Its Immutable collections are Immutable 4's, which Decap uses.
declare module 'decap-cms-core/dist/esm/redux/index.js' {
  type Map = import('immutable').Map<string, unknown>;
  export interface DecapState {
    collections: Map;
    entryDraft: Map;
    /** Decap's loaded files by repository path, a new object whenever one changes. */
    medias: object;
  }
  // Redux's store methods are closures, safe to pass around unbound.
  export const store: {
    getState: () => DecapState;
    dispatch: (action: unknown) => unknown;
    subscribe: (listener: () => void) => () => void;
  };
}
declare module 'decap-cms-core/dist/esm/actions/media.js' {
  /** A thunk: dispatched, it gives the asset at `path` for the entry (a placeholder while it loads). */
  export function getAsset(args: { collection: unknown; entry: unknown; path: string; field?: unknown }): unknown;
}

// react-toastify's module file, wrapped by admin/toasts.ts: the package's own types.
declare module 'react-toastify/dist/react-toastify.esm.mjs' {
  export * from 'react-toastify';
}

// Decap's phrase books by file (tests/unit/admin/locale.test.ts); the package's main file is for browsers only.
declare module 'decap-cms-locales/dist/esm/*/index.js' {
  const phrases: import('decap-cms-core').CmsLocalePhrases;
  export default phrases;
}

// The official divisions in their compact form, made by admin/divisions-module.ts for the CMS bundle.
declare module 'virtual:divisions.json' {
  const divisions: import('./divisions/index-divisions.ts').CompactDivisions;
  export default divisions;
}
