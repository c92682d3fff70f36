import { describe, expect, it } from 'vitest';
import { halfWidth, readTypedDate } from '../../../admin/typed-date.ts';

describe('a date as an editor types it', () => {
  it.each([
    '2026-05-12',
    '2026-5-12',
    '2026/05/12',
    '2026/5/12',
    '2026.5.12',
    '2026年5月12日',
    '2026 年 5 月 12 日',
    '20260512',
    '２０２６－０５－１２',
    ' 2026-05-12 ',
  ])('%s is 12 May 2026', (typed) => {
    expect(readTypedDate(typed)).toEqual({ kind: 'date', date: '2026-05-12' });
  });

  it('never takes a half-typed date for another date', () => {
    // Each step of typing 2026-05-12 key by key, where Decap's widget read 1902-02-02; until
    // the day has a digit, nothing is a date, and then it is the date typed so far.
    const steps = (typed: string) => [...typed].map((_, i, all) => all.slice(0, i + 1).join(''));
    for (const step of steps('2026-05-')) expect(readTypedDate(step).kind, step).toBe('incomplete');
    for (const step of steps('2026051')) expect(readTypedDate(step).kind, step).toBe('incomplete');
    expect(readTypedDate('2026-05-1')).toEqual({ kind: 'date', date: '2026-05-01' });
    expect(readTypedDate('2026-05-12').kind).toBe('date');
    expect(readTypedDate('202605').kind).toBe('incomplete');
    expect(readTypedDate('2026年5月').kind).toBe('incomplete');
  });

  it('refuses what is no date, in Chinese', () => {
    expect(readTypedDate('2026-02-30')).toEqual({
      kind: 'invalid',
      message: '没有 2026-02-30 这一天：请检查月份和日子，例如 2026-05-12',
    });
    expect(readTypedDate('2026-13-01').kind).toBe('invalid');
    expect(readTypedDate('05/12/2026').kind).toBe('invalid');
    expect(readTypedDate('明天').kind).toBe('invalid');
    expect(readTypedDate('2026-05-12-1').kind).toBe('invalid');
    expect(readTypedDate('')).toEqual({ kind: 'empty' });
  });

  it('reads full-width digits', () => {
    expect(halfWidth('２０２６／５／１２')).toBe('2026/5/12');
  });
});
