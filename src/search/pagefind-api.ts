/**
 * The part of Pagefind's browser API (`/pagefind/pagefind.js`, written by the
 * build) that the search page uses. The bundle has no types of its own.
 */
import { querySegments } from './bigrams.ts';
import { SEGMENTER_HOOK } from './segmenter-hook.ts';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's whole indexed text, for excerpts that start at a sentence or word. */
  content?: string;
  meta: { title?: string; section?: string; date?: string; kind?: string };
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearchOptions {
  filters?: Record<string, string>;
}

export interface PagefindApi {
  options(o: { excerptLength?: number; noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: PagefindSearchOptions): Promise<{ results: PagefindResult[] }>;
}

let loading: Promise<PagefindApi> | undefined;

/**
 * Load Pagefind once, on first use. The path is built at run time so that
 * Vite leaves it alone: the bundle exists only in the production build.
 */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    // Pagefind segments queries through this (the build's hook in pagefind.js, src/search/segmenter-hook.ts).
    Object.assign(globalThis, {
      [SEGMENTER_HOOK]: () => ({ segment: (text: string) => querySegments(text).map((segment) => ({ segment })) }),
    });
    const url = new URL('/pagefind/pagefind.js', location.href).href;
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    // Chinese excerpts: Pagefind counts each character as a word.
    // noWorker: search runs on the page itself. A query takes milliseconds, and the
    // worker would cost readers a second copy of Pagefind's code (and would segment queries
    // with its own copy, without the hook above: the e2e test for 色小 fails then).
    await api.options({ excerptLength: 48, noWorker: true });
    await api.init();
    return api;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

/** The newest-first order, in Pagefind's bundle (`/pagefind/<this>`); the build writes it. */
export const DATE_ORDER_FILE = 'date-order.json';

let dateOrder: Promise<readonly string[]> | undefined;

/**
 * The dated pages' result ids, newest first, fetched once and only when a search needs date
 * order (written by the build beside the index: src/search/date-order.ts).
 */
export function loadDateOrder(): Promise<readonly string[]> {
  dateOrder ??= (async () => {
    const response = await fetch(new URL(`/pagefind/${DATE_ORDER_FILE}`, location.href));
    if (!response.ok) throw new Error(`/pagefind/${DATE_ORDER_FILE}: HTTP ${response.status}`);
    return (await response.json()) as string[];
  })();
  dateOrder.catch(() => (dateOrder = undefined));
  return dateOrder;
}
