/**
 * Decap's toast for a save with a required field left empty says only 「你漏掉了一个必填项，
 * 请在保存之前将它填写好」, not which one: a missing 正文, at the bottom of a long form, left
 * the editor searching. The toast now ends with the names of the fields Decap has marked
 * “…”是必填项 at the field, which it does in the same moment.
 */

/**
 * The labels of the fields whose error, as Decap writes it at the field, says they are
 * required; each once, in the order of the form.
 * @example missingLabels(['“正文”是必填项', '“通讯员”是必填项', '“正文”是必填项']) // ['正文', '通讯员']
 */
export function missingLabels(errors: readonly string[]): string[] {
  const labels = errors.map((e) => /^“(.+)”是必填项$/.exec(e.trim())?.[1]).filter((l): l is string => Boolean(l));
  return [...new Set(labels)];
}

/** Add the missing fields' names to Decap's toast `toastText` whenever it appears in `root`. */
export function nameMissingFields(toastText: string, root: HTMLElement = document.body): void {
  const named = new WeakSet<Element>();
  new MutationObserver(() => {
    for (const toast of root.querySelectorAll('.Toastify__toast')) {
      if (named.has(toast) || !toast.textContent?.includes(toastText)) continue;
      const errors = [...root.querySelectorAll('#nc-root label + ul li')].map((li) => li.textContent ?? '');
      const labels = missingLabels(errors);
      if (!labels.length) continue;
      named.add(toast);
      const note = document.createElement('strong');
      note.className = 'missing-fields';
      note.textContent = `还没有填写：${labels.join('、')}`;
      (toast.querySelector('.Toastify__toast-body') ?? toast).append(document.createElement('br'), note);
    }
  }).observe(root, { childList: true, subtree: true });
}
