import { describe, expect, it } from 'vitest';
import { published } from '../../../src/lib/published.ts';

const entry = (id: string, title: string, date?: string, draft?: boolean) => ({
  id,
  data: { title, ...(date ? { date: new Date(date) } : {}), ...(draft === undefined ? {} : { draft }) },
});

describe('published', () => {
  it('drops drafts and sorts newest first, undated last', () => {
    const list = published([
      entry('a', '甲', '2026-01-01'),
      entry('b', '乙'),
      entry('c', '丙', '2026-03-01'),
      entry('d', '丁', '2026-02-01', true),
    ]);
    expect(list.map((e) => e.id)).toEqual(['c', 'a', 'b']);
  });
});
