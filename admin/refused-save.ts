/**
 * When Decap refuses a save — a field check failed, or the backend refused to write (a save
 * conflict, admin/guarded-backend.ts) — it shows its toast, then rejects the editor's save
 * promise with nothing (`Promise.reject()`) or with its own failure action, and no code
 * handles that rejection: the console showed "Uncaught (in promise) undefined" on every
 * refused save. Those two rejections, already told to the editor, are marked handled;
 * any other unhandled rejection is still reported.
 */

/**
 * Whether an unhandled rejection is one of Decap's refused saves.
 * @example isRefusedSave(undefined) // true
 * @example isRefusedSave({ type: 'UNPUBLISHED_ENTRY_PERSIST_FAILURE' }) // true
 * @example isRefusedSave(new Error('x')) // false
 */
export function isRefusedSave(reason: unknown): boolean {
  if (reason === undefined) return true;
  const type = reason && typeof reason === 'object' ? (reason as { type?: unknown }).type : undefined;
  return type === 'UNPUBLISHED_ENTRY_PERSIST_FAILURE' || type === 'ENTRY_PERSIST_FAILURE';
}

export function quietRefusedSaves(win: Window = window): void {
  win.addEventListener('unhandledrejection', (event) => {
    if (isRefusedSave(event.reason)) event.preventDefault();
  });
}
