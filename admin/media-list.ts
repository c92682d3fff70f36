/** A file as Decap lists it: `draft` marks an upload of the entry not yet published. */
export interface MediaFile {
  path: string;
  draft?: boolean;
}

/** The folder a repository path is in. */
const folderOf = (path: string): string => path.slice(0, Math.max(0, path.lastIndexOf('/')));

/**
 * An entry's files (Decap's copy of the library list, plus the entry's own uploads) with
 * those of the media folder replaced by the library's new list: the entry's uploads not yet
 * published stay, first, as Decap keeps them, and so do files of other folders; a path is
 * listed once (admin/fresh-media.ts).
 * @example withListed([{ path: 'public/uploads/old.png' }], [{ path: 'public/uploads/new.png' }], 'public/uploads') // [{ path: 'public/uploads/new.png' }]
 */
export function withListed<F extends MediaFile>(own: readonly F[], listed: readonly F[], folder: string): F[] {
  const kept = own.filter((f) => f.draft || folderOf(f.path) !== folder);
  const paths = new Set(kept.map((f) => f.path));
  return [...kept, ...listed.filter((f) => !paths.has(f.path))];
}

/** Decap's action types a library list is told by (decap-cms-core's actions/mediaLibrary). */
export interface ListActions {
  request: string;
  success: string;
  /** An upload or a delete finished. */
  changed: readonly string[];
}

/**
 * Tells a library list asked for before an upload or a delete finished (stale: it lacks the
 * upload, or still has the deleted file) from a current one. Each action of the store goes
 * through it once.
 * @example const seen = listGuard(types); seen(types.request); seen(types.changed[0]); seen(types.success) // 'stale'
 */
export function listGuard(types: ListActions): (type: string) => 'current' | 'stale' {
  let changes = 0;
  let askedAt = 0;
  return (type) => {
    if (type === types.request) askedAt = changes;
    else if (types.changed.includes(type)) changes += 1;
    else if (type === types.success && askedAt !== changes) return 'stale';
    return 'current';
  };
}
