/**
 * A town's move since the previous edition of the same list, as readers say it.
 * @example changeLabel(3) // '上升 3 位'
 * @example changeLabel('new') // '新上榜'
 */
export function changeLabel(change: number | 'new' | undefined): string {
  if (change === undefined) return '—';
  if (change === 'new') return '新上榜';
  if (change === 0) return '持平';
  return change > 0 ? `上升 ${change} 位` : `下降 ${-change} 位`;
}
