/**
 * Decap keeps an editor's unsaved changes in the browser and, when the entry is opened
 * again (after a reload, a crash, a closed tab), asks 「发现了一个对应此内容的本地备份，你要
 * 加载它吗？」. Answering yes restored nothing (decaporg/decap-cms#5470): the
 * backup is read from the browser faster than the entry from the repository, so it was put
 * into the form first and then replaced by the entry as it was loaded (a new entry by its
 * empty form). Here the question waits until the entry is in the form, so the backup is put
 * in last and stays.
 */
import { Editor } from 'decap-cms-core/dist/esm/components/Editor/Editor.js';

interface ImmutableLike {
  get(key: string): unknown;
}

/** The form holds the entry (loaded, or a new entry's empty form), and a backup is waiting. */
function backupReady(props: Record<string, unknown>): boolean {
  const draft = props['entryDraft'] as ImmutableLike | undefined;
  const entry = draft?.get('entry') as ImmutableLike | undefined;
  return Boolean(props['localBackup']) && Boolean(entry) && !entry?.get('isFetching');
}

/**
 * Decap asks when `localBackup` appears in the editor's props. Shown a `prevProps` whose
 * `localBackup` appears only once the form holds the entry, it asks then, and only then.
 */
export function backupAfterLoad(): void {
  // Called below with the editor as `this`.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const asked = Editor.prototype.componentDidUpdate;
  Editor.prototype.componentDidUpdate = function (this: Editor, prevProps: Record<string, unknown>) {
    const localBackup = backupReady(prevProps)
      ? prevProps['localBackup']
      : backupReady(this.props)
        ? undefined
        : this.props['localBackup'];
    asked.call(this, { ...prevProps, localBackup });
  };
}
