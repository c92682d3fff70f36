/**
 * Short column headers for editions side by side in a narrow table: the year alone where it tells
 * the editions apart, each edition's full title where two share a year.
 * @example editionLabels([{ year: 2025, title: '2025 年 500 强镇' }, { year: 2024, title: '2024 年 500 强镇' }]) // ['2025 年', '2024 年']
 * @example editionLabels([{ year: 2025, title: '500 强镇' }, { year: 2025, title: '100 强镇' }]) // ['500 强镇', '100 强镇']
 */
export function editionLabels(editions: readonly { year: number; title: string }[]): string[] {
  const years = new Set(editions.map((e) => e.year));
  return editions.map((e) => (years.size === editions.length ? `${e.year} 年` : e.title));
}
