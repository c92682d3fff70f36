import { describe, expect, it } from 'vitest';
import { editionLabels } from '../../../src/rankings/edition-labels.ts';

describe('editionLabels', () => {
  it('names editions by year where the years differ', () => {
    expect(
      editionLabels([
        { year: 2025, title: '2025 年全国小城镇综合实力评价 500 强镇' },
        { year: 2024, title: '2024 年全国小城镇综合实力评价 500 强镇' },
      ]),
    ).toEqual(['2025 年', '2024 年']);
  });

  it('falls back to the titles where two editions share a year', () => {
    expect(
      editionLabels([
        { year: 2025, title: '500 强镇' },
        { year: 2025, title: '100 强镇' },
        { year: 2024, title: '2024 年 500 强镇' },
      ]),
    ).toEqual(['500 强镇', '100 强镇', '2024 年 500 强镇']);
  });
});
