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
