import { describe, expect, it } from 'vitest';
import { blankName } from '../../../src/forms/blank-name.ts';

describe('blankName', () => {
  it('names the blank file after the form', () => {
    expect(blankName('参会回执表')).toBe('参会回执表（空白）.xlsx');
  });

  it('drops characters file systems refuse', () => {
    expect(blankName('问卷/表:1')).toBe('问卷表1（空白）.xlsx');
  });
});
