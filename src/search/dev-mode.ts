// Defined by src/search/integration.ts for every build: true under `astro dev`.
// (Not import.meta.env.DEV: Vite derives that from NODE_ENV, which test runners set
// to "test" even for production builds.)
declare const __SEARCH_DEV__: boolean | undefined;

/** Whether the site runs under `astro dev`, where no search index exists. */
export const searchNeedsBuild: boolean = typeof __SEARCH_DEV__ === 'boolean' && __SEARCH_DEV__;
