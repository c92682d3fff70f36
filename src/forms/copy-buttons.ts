/**
 * Copy buttons next to the fee and bank details: shown only when the Clipboard API exists,
 * and they copy the value shown beside them, nothing else.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  if (!navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener('click', () => {
    const label = button.textContent;
    const done = (text: string) => {
      button.textContent = text;
      setTimeout(() => (button.textContent = label), 2000);
    };
    navigator.clipboard.writeText(button.dataset['copy']!).then(
      () => done('已复制'),
      () => done('复制失败，请长按文字复制'),
    );
  });
}
