import { describe, expect, it } from 'vitest';
import { formatDate, isoDate } from '../../../src/lib/format-date.ts';

describe('dates', () => {
  it('formats in Beijing time', () => {
    expect(formatDate(new Date('2026-04-03'))).toBe('2026年4月3日');
    // 20:00 UTC on 2 April is already 3 April in Beijing.
    expect(isoDate(new Date('2026-04-02T20:00:00Z'))).toBe('2026-04-03');
  });
});
