/**
 * How the Markdown body's rich-text editor draws its nodes, with images inside a paragraph
 * resolved as the preview resolves them (admin/repo-assets.ts).
 *
 * Why: Decap's Slate editor draws an image inside a paragraph (`文字 ![说明](/uploads/a.png)
 * 文字`) as `<img src="/uploads/a.png">`, its site path, which the site answers 404 until
 * the entry is published: an upload of this editing session showed as a broken image. (An
 * image on its own line is Decap's image component, whose thumbnail is the image widget's,
 * resolved already.) Here such an image is asked for by its repository path through Decap's
 * own `getAsset`, for the entry being edited, exactly as Decap's form controls ask for theirs:
 * an upload not yet published comes from the browser or the review branch. Until it has
 * loaded the image has no address (no request for a site address that does not exist yet).
 *
 * Put in place of the widget's own `./renderers` (imported so by its VisualEditor only) by a
 * Vite alias (admin/decap-aliases.ts); the original is imported by its file path.
 */
import type { Map } from 'immutable';
import { createElement as h, useEffect, useState, useSyncExternalStore } from 'react';
import { getAsset } from 'decap-cms-core/dist/esm/actions/media.js';
import { store } from 'decap-cms-core/dist/esm/redux/index.js';
import { Element as DecapElement, Leaf } from 'decap-cms-widget-markdown/dist/esm/MarkdownControl/renderers.js';
import { MEDIA } from './decap-config.ts';
import { loadedUrl, repoPathOf } from './repo-assets.ts';

export { Leaf };

interface ElementProps {
  element: { type?: string; data?: { url?: string } };
}

/**
 * The loaded address of an image under the media folder, undefined until Decap has it.
 * Looked up again whenever Decap's loaded files change (`state.medias`).
 */
function useRepoAsset(src: string): string | undefined {
  const medias = useSyncExternalStore(store.subscribe, () => store.getState().medias);
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    // As Decap's EditorControl does: its `getAsset` for the entry in the editor. It
    // dispatches (it starts loading the file), so it is called here, never while rendering.
    const { collections, entryDraft } = store.getState();
    const entry = entryDraft.get('entry') as Map<string, unknown> | undefined;
    const collection = collections.get(entry?.get('collection') as string);
    setUrl(loadedUrl(store.dispatch(getAsset({ collection, entry, path: repoPathOf(src) }))));
  }, [src, medias]);
  return url;
}

/** An image inside a paragraph, its address resolved. */
function RepoImage(props: ElementProps & { src: string }) {
  const { src, ...rest } = props;
  const url = useRepoAsset(src);
  return h(DecapElement, { ...rest, element: { ...props.element, data: { ...props.element.data, url } } });
}

/** Decap's element, with an image under the media folder resolved in the repository. */
export function Element(props: ElementProps) {
  const src = props.element.type === 'image' ? props.element.data?.url : undefined;
  return src?.startsWith(`${MEDIA.url}/`) ? h(RepoImage, { ...props, src }) : h(DecapElement, { ...props });
}
