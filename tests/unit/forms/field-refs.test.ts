import { describe, expect, it } from 'vitest';
import { fieldNamed, parseUnless } from '../../../src/forms/field-refs.ts';
import type { FormField } from '../../../src/schemas/form.ts';

const field = (key: string, label: string): FormField => ({ key, label, kind: '文字', required: false });

describe('parseUnless', () => {
  it('splits 字段名称=选项 at the first =, trimming both sides', () => {
    expect(parseUnless('入住房型 = 不预订')).toEqual({ field: '入住房型', option: '不预订' });
    expect(parseUnless('甲=乙=丙')).toEqual({ field: '甲', option: '乙=丙' });
  });

  it('refuses a rule without a field name or an option', () => {
    for (const text of ['入住房型', '=不预订', '入住房型=', ' = ']) expect(parseUnless(text), text).toBeUndefined();
  });
});

describe('fieldNamed', () => {
  it('finds the one field with that 字段名称, and none when two share it', () => {
    const fields = [field('check-in', '入住日期'), field('a', '电话'), field('b', '电话')];
    expect(fieldNamed(fields, ' 入住日期 ')?.key).toBe('check-in');
    expect(fieldNamed(fields, 'check-in')).toBeUndefined();
    expect(fieldNamed(fields, '电话')).toBeUndefined();
  });
});
