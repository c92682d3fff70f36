/**
 * Images the editor has not published yet show in the form and the preview.
 *
 * Why: entries store site paths (`/uploads/a.png`), and Decap treats any path that starts
 * with `/` as a public URL: its `getAsset` hands the path back unchanged, so a new upload,
 * which exists only in the browser or on its review branch, showed as a broken image
 * (the site answers 404 until the entry is published). Asked for the repository path
 * (`public/uploads/a.png`) instead, Decap finds the upload in the entry's own files, or
 * reads it from the backend.
 */
import { Component, createElement as h, useEffect, useMemo, useState, type ComponentType } from 'react';
import { MEDIA } from './decap-config.ts';

/**
 * The repository path of a site path under the media folder; other values unchanged.
 * @example repoPathOf('/uploads/a.png') // 'public/uploads/a.png'
 */
export function repoPathOf(src: string): string {
  return src.startsWith(`${MEDIA.url}/`) ? `${MEDIA.folder}${src.slice(MEDIA.url.length)}` : src;
}

type GetAsset = (path: string, field?: unknown) => unknown;
interface ControlProps {
  getAsset: GetAsset;
}

/** A widget as Decap's registry holds it. */
export interface RegisteredWidget {
  control: ComponentType<ControlProps>;
  preview: unknown;
  schema: unknown;
}

interface ControlInstance {
  getWrappedInstance?: () => unknown;
  shouldComponentUpdate?: (next: unknown) => boolean;
}

/**
 * A widget control whose `getAsset` resolves site paths in the repository. A class with
 * `getWrappedInstance()`, the way Decap reaches through wrappers (react-redux style):
 * Decap's widget asks the inner control whether to re-render and whether it is valid.
 *
 * An image read through the backend (a published one, or a draft's after a reload) is at
 * first Decap's placeholder, an empty SVG, and Decap's image control never asked again:
 * it looks the image up only when its `getAsset` changes, which Decap keeps the same
 * function, and Decap's widget re-renders it only when the control's own
 * `shouldComponentUpdate` agrees, which looks at the value and that function. So when
 * Decap finishes loading files (`isLoadingAsset` goes from true to false), the control is
 * told to re-render and gets a new `getAsset`, and its thumbnail shows the image.
 */
export function withRepoAssets<P extends ControlProps>(Control: ComponentType<P>): ComponentType<P> {
  return class RepoAssetsControl extends Component<P> {
    #inner: unknown = null;
    #loading = false;
    #loads = 0;
    #mapped: { from: GetAsset; loads: number; to: GetAsset } | undefined;
    readonly #setInner = (instance: unknown) => {
      this.#inner = instance;
    };
    /** Whether Decap has just finished loading files (seen in the widget's next props). */
    #loaded(next: { isLoadingAsset?: boolean }): boolean {
      const was = this.#loading;
      this.#loading = Boolean(next.isLoadingAsset);
      if (!was || this.#loading) return false;
      this.#loads++;
      return true;
    }
    getWrappedInstance(): unknown {
      let inner = this.#inner as ControlInstance | null;
      while (inner?.getWrappedInstance) inner = inner.getWrappedInstance() as ControlInstance | null;
      const own = inner?.shouldComponentUpdate;
      if (!inner || typeof own !== 'function') return inner;
      const shouldUpdate = (next: { isLoadingAsset?: boolean }) => this.#loaded(next) || own.call(inner, next);
      return new Proxy(inner, {
        get: (object, key): unknown =>
          key === 'shouldComponentUpdate' ? shouldUpdate : (Reflect.get(object, key, object) as unknown),
      });
    }
    /** `getAsset` on repository paths: the same function until Decap has loaded more files. */
    #getAsset(from: GetAsset): GetAsset {
      if (this.#mapped?.from !== from || this.#mapped.loads !== this.#loads) {
        this.#mapped = { from, loads: this.#loads, to: (path, field) => from(repoPathOf(path), field) };
      }
      return this.#mapped.to;
    }
    override render() {
      return h(Control, { ...this.props, getAsset: this.#getAsset(this.props.getAsset), ref: this.#setInner });
    }
  };
}

/**
 * The site paths of the images in a Markdown body, `![alt](/uploads/a.png "title")` and
 * `<img src="…">`, each once.
 * @example markdownImagePaths('![竹林](/uploads/a.png "题")\n<img src="/uploads/b.png">') // ['/uploads/a.png', '/uploads/b.png']
 */
export function markdownImagePaths(markdown: unknown): string[] {
  if (typeof markdown !== 'string') return [];
  const paths = [
    ...[...markdown.matchAll(/!\[[^\]]*\]\(\s*<?([^)\s>]+)/g)].map((m) => m[1]!),
    ...[...markdown.matchAll(/<img\b[^>]*\bsrc=["']([^"']+)["']/gi)].map((m) => m[1]!),
  ];
  return [...new Set(paths)];
}

/**
 * A Markdown body with each image's address as `resolve` gives it; text unchanged. Decap
 * resolves only an image on its own line (its image component); one inside a paragraph went
 * to the page as its site path, which the site answers 404 until the entry is published.
 * @example withImageUrls('文字![图](/uploads/a.png)', () => 'blob:x') // '文字![图](blob:x)'
 */
export function withImageUrls(markdown: unknown, resolve: (path: string) => string): unknown {
  if (typeof markdown !== 'string') return markdown;
  return markdown
    .replace(/(!\[[^\]]*\]\(\s*<?)([^)\s>]+)/g, (_, head: string, path: string) => `${head}${resolve(path)}`)
    .replace(/(<img\b[^>]*\bsrc=["'])([^"']+)/gi, (_, head: string, path: string) => `${head}${resolve(path)}`);
}

/**
 * The address of an asset Decap's `getAsset` handed back, once it has loaded: while the file
 * loads, Decap hands out a placeholder named empty.svg, which has no address worth showing.
 * When the file could not be read (not in the repository), Decap hands out the path it was
 * asked for as the address; asked for by its repository path (`public/uploads/a.png`), that
 * is no address either (it would load /admin/public/uploads/a.png).
 */
export function loadedUrl(asset: unknown): string | undefined {
  const { path, url } = (asset ?? {}) as { path?: string; url?: string };
  return path === 'empty.svg' || url === path ? undefined : url;
}

interface PreviewProps {
  value?: unknown;
  getAsset: GetAsset;
}

/**
 * A widget preview (the Markdown body's) whose images load like the cover's: each image of
 * the body is asked for by its repository path, so an upload not yet published shows from
 * the browser or the review branch. Decap's `getAsset` dispatches (it starts loading the
 * file), so it is called in an effect, never while rendering: Decap's Markdown preview
 * called it while rendering, which React reports as `Cannot update a component … while
 * rendering a different component (MarkdownPreview)`. The preview itself gets a `getAsset`
 * that only looks up what has loaded, and the body with its images' loaded addresses
 * (`withImageUrls`), so an image inside a paragraph shows too.
 */
export function withRepoAssetsPreview<P extends PreviewProps>(Preview: ComponentType<P>): ComponentType<P> {
  return function RepoAssetsPreview(props: P) {
    const [urls, setUrls] = useState<ReadonlyMap<string, string>>(new Map());
    useEffect(() => {
      let changed = false;
      const next = new Map(urls);
      for (const path of markdownImagePaths(props.value)) {
        const url = loadedUrl(props.getAsset(repoPathOf(path)));
        if (url && next.get(path) !== url) {
          next.set(path, url);
          changed = true;
        }
      }
      if (changed) setUrls(next);
    });
    // An upload not loaded yet has no address (not its site path, which is 404 until published).
    const getAsset = useMemo<GetAsset>(
      () => (path) => (path.startsWith(`${MEDIA.url}/`) ? (urls.get(path) ?? '') : path),
      [urls],
    );
    const value = useMemo(
      () => withImageUrls(props.value, (path) => getAsset(path) as string),
      [props.value, getAsset],
    );
    return h(Preview, { ...props, value, getAsset });
  };
}
