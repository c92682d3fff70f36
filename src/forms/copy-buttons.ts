/**
 * Copy buttons next to the fee and bank details: shown only when the Clipboard API exists,
 * and they copy the value shown beside them, nothing else.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  if (!navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    const label = button.textContent;
    try {
      await navigator.clipboard.writeText(button.dataset['copy']!);
      button.textContent = '已复制';
    } catch {
      button.textContent = '复制失败，请长按文字复制';
    }
    setTimeout(() => (button.textContent = label), 2000);
  });
}
