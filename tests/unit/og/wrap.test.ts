import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../src/og/wrap.ts';

/** Every character one unit wide: easy to reason about. */
const width = (s: string) => [...s].length;

describe('wrapText (poster text on a canvas)', () => {
  it('breaks Chinese between characters and keeps the lines within the width', () => {
    expect(wrapText('新型城镇化与工业小镇高质量发展论坛', 6, width, 5)).toEqual([
      '新型城镇化与',
      '工业小镇高质',
      '量发展论坛',
    ]);
  });

  it('never starts a line with closing punctuation', () => {
    const lines = wrapText('镇域新质力，绿色与智能驱动。', 5, width, 5);
    expect(lines.every((l) => !/^[，。]/.test(l))).toBe(true);
    expect(lines.join('')).toBe('镇域新质力，绿色与智能驱动。');
  });

  it('keeps Latin words and numbers whole', () => {
    expect(wrapText('评价含 GDP 与 2025 年数据', 6, width, 5)).toEqual(['评价含', 'GDP 与', '2025 年', '数据']);
  });

  it('ends a cut-off last line with an ellipsis', () => {
    expect(wrapText('一二三四五六七八九十', 4, width, 2)).toEqual(['一二三四', '五六七…']);
  });
});
