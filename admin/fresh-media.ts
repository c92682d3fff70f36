/**
 * The media library (媒体库) lists what the repository holds each time it is opened.
 *
 * Why: Decap reads the list of uploads once, when /admin/ starts (and again after a publish
 * in this window), and while an entry is being edited it lists the entry's own copy of that
 * list, taken when the entry was opened. A file published later by another editor, or in
 * another tab, was missing from the library until the page was reloaded. Here opening the
 * library reads the list again (Decap's own `loadMedia`), and the list that arrives replaces
 * the entry's copy too: the entry keeps its own uploads not yet published (`draft`) and
 * files of other folders (a ranking's data files), and takes the media folder's files from
 * the new list. A list asked for before an upload or a delete finished is dropped and asked
 * for again: it would take the upload away, or bring the deleted file back.
 */
import { fromJS, type List } from 'immutable';
import {
  loadMedia,
  MEDIA_DELETE_SUCCESS,
  MEDIA_LOAD_REQUEST,
  MEDIA_LOAD_SUCCESS,
  MEDIA_PERSIST_SUCCESS,
} from 'decap-cms-core/dist/esm/actions/mediaLibrary.js';
import createRootReducer from 'decap-cms-core/dist/esm/reducers/combinedReducer.js';
import { store, type DecapAction, type DecapState } from 'decap-cms-core/dist/esm/redux/index.js';
import { listGuard, withListed, type MediaFile } from './media-list.ts';

/** Decap's state after `action`, with a newly loaded library list in the edited entry's files too. */
function withEntryFiles(state: DecapState, action: DecapAction): DecapState {
  if (action.type !== MEDIA_LOAD_SUCCESS) return state;
  const own = state.entryDraft.getIn(['entry', 'mediaFiles']) as List<unknown> | undefined;
  const listed = (action.payload as { files?: MediaFile[] } | undefined)?.files;
  if (!own || !listed) return state;
  const folder = state.config.media_folder ?? '';
  const files = withListed(own.toJS() as MediaFile[], listed, folder);
  return { ...state, entryDraft: state.entryDraft.setIn(['entry', 'mediaFiles'], fromJS(files)) };
}

/** Read the library's list each time it is opened, for the library and the entry being edited. */
export function freshMediaLibrary(): void {
  const decapReducer = createRootReducer();
  const seen = listGuard({
    request: MEDIA_LOAD_REQUEST,
    success: MEDIA_LOAD_SUCCESS,
    changed: [MEDIA_PERSIST_SUCCESS, MEDIA_DELETE_SUCCESS],
  });
  store.replaceReducer((state, action) => {
    if (state && seen(action.type) === 'stale') {
      setTimeout(() => store.dispatch(loadMedia()));
      return state;
    }
    return withEntryFiles(decapReducer(state, action), action);
  });
  let open = false;
  store.subscribe(() => {
    const was = open;
    // Set first: loading dispatches at once, and this listener hears it.
    open = Boolean(store.getState().mediaLibrary.get('isVisible'));
    if (open && !was) store.dispatch(loadMedia());
  });
}
