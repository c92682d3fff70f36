/**
 * The edition page without waiting for the network: sort links reorder the rows in place and a
 * province menu hides other provinces' rows. Without this script the same links open static pages.
 */
const table = document.querySelector<HTMLTableElement>('table[data-ranking-table]');
const form = document.querySelector<HTMLFormElement>('form[data-ranking-filter]');
const body = table?.tBodies[0];

if (table && body) {
  const headers = [...table.tHead!.rows[0]!.cells];
  const number = (row: HTMLTableRowElement, i: number) => Number(row.cells[i]!.textContent);
  table.tHead!.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-sort]');
    if (!link) return;
    event.preventDefault();
    const th = link.closest('th')!;
    const i = headers.indexOf(th);
    const ascending = link.dataset['sort'] === 'rank';
    const rows = [...body.rows].sort((a, b) =>
      ascending ? number(a, 0) - number(b, 0) : number(b, i) - number(a, i) || number(a, 0) - number(b, 0),
    );
    body.append(...rows);
    for (const h of headers) h.removeAttribute('aria-sort');
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    history.replaceState(null, '', link.href);
  });
}

if (form && body) {
  const select = form.querySelector('select')!;
  const output = form.querySelector('output')!;
  form.hidden = false;
  form.addEventListener('submit', (event) => event.preventDefault());
  select.addEventListener('change', () => {
    let shown = 0;
    for (const row of body.rows) {
      row.hidden = select.value !== '' && row.cells[3]!.textContent !== select.value;
      if (!row.hidden) shown++;
    }
    output.textContent = select.value ? `${select.value}：${shown} 个镇` : '';
  });
}
