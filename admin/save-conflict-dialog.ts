/**
 * What an editor sees when a save is refused because someone else saved the entry first
 * (admin/guarded-backend.ts): what happened, and two ways on — reload the newest version,
 * or look at the other version first (to copy from it, or to copy one's own text out of
 * the form before reloading). Nothing was written; the form keeps the editor's text.
 */
import type { SaveConflict } from './guarded-backend.ts';

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

export function showSaveConflict(conflict: SaveConflict): void {
  document.getElementById('save-conflict')?.remove();
  const other = el('pre', { className: 'save-conflict__other', hidden: true }, conflict.current);
  const dialog = el(
    'dialog',
    { id: 'save-conflict', className: 'save-conflict' },
    el('h2', { id: 'save-conflict-title' }, '这条内容已被别人保存过，这次保存没有进行'),
    el(
      'p',
      {},
      `你打开 ${conflict.path} 之后，另一个标签页、另一位编辑或通讯员保存了它。` +
        '为了不覆盖对方的修改，你的修改没有写入，仍在表单中。',
    ),
    el('p', {}, '可以先查看对方的版本；需要保留自己的文字时，请先从表单中复制出来，再重新载入最新版本后修改。'),
    other,
  );
  dialog.setAttribute('aria-labelledby', 'save-conflict-title');
  const show = el('button', { type: 'button' }, '查看对方的版本');
  show.addEventListener('click', () => {
    other.hidden = !other.hidden;
    show.textContent = other.hidden ? '查看对方的版本' : '收起对方的版本';
  });
  const reload = el('button', { type: 'button' }, '重新载入最新版本');
  reload.addEventListener('click', () => location.reload());
  const close = el('button', { type: 'button' }, '回到表单');
  close.addEventListener('click', () => dialog.close());
  dialog.append(el('p', { className: 'save-conflict__actions' }, show, reload, close));
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
}
