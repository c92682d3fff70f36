import { describe, expect, it } from 'vitest';
import { PROVINCES, provinceSlug } from '../../../src/schemas/provinces.ts';

describe('provinces', () => {
  it('maps every province to a unique ASCII slug', () => {
    expect(PROVINCES).toHaveLength(34);
    expect(new Set(PROVINCES.map((p) => p.slug)).size).toBe(34);
    expect(provinceSlug('浙江省')).toBe('zhejiang');
    expect(() => provinceSlug('浙江')).toThrow('未知省份');
  });
});
