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
import { Component, createElement as h, type ComponentType } from 'react';
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

const mapped = new WeakMap<GetAsset, GetAsset>();
/** One mapped function per Decap function, so the control sees a stable prop. */
function mapGetAsset(getAsset: GetAsset): GetAsset {
  let out = mapped.get(getAsset);
  if (!out) {
    out = (path, field) => getAsset(repoPathOf(path), field);
    mapped.set(getAsset, out);
  }
  return out;
}

/**
 * A widget control whose `getAsset` resolves site paths in the repository. A class with
 * `getWrappedInstance()`, the way Decap reaches through wrappers (react-redux style):
 * Decap's widget asks the inner control whether to re-render and whether it is valid.
 */
export function withRepoAssets<P extends ControlProps>(Control: ComponentType<P>): ComponentType<P> {
  return class RepoAssetsControl extends Component<P> {
    #inner: unknown = null;
    readonly #setInner = (instance: unknown) => {
      this.#inner = instance;
    };
    getWrappedInstance(): unknown {
      return this.#inner;
    }
    override render() {
      return h(Control, { ...this.props, getAsset: mapGetAsset(this.props.getAsset), ref: this.#setInner });
    }
  };
}
