/**
 * An investment range in 万元 as readers see it; undefined when none was given.
 * @example investmentLabel(5000, 8000) // '5000–8000 万元'
 * @example investmentLabel(5000, 5000) // '5000 万元'
 * @example investmentLabel(undefined, 3000) // '不超过 3000 万元'
 */
export function investmentLabel(min: number | undefined, max: number | undefined): string | undefined {
  const n = (v: number) => v.toLocaleString('zh-CN', { useGrouping: false, maximumFractionDigits: 2 });
  if (min !== undefined && max !== undefined) return min === max ? `${n(min)} 万元` : `${n(min)}–${n(max)} 万元`;
  if (min !== undefined) return `${n(min)} 万元以上`;
  if (max !== undefined) return `不超过 ${n(max)} 万元`;
  return undefined;
}
