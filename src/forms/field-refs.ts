/**
 * How one form field names another in 须晚于 and 以下情况可不填: by its 字段名称 (the label
 * the editor and the reader see), never by its 字段代号. Editors write 「入住日期」 and
 * 「入住房型=不预订」 in the CMS, words of the form itself, not `check-in` or `room=不预订`.
 */
import type { FormField } from '../schemas/form.ts';

/** A 以下情况可不填 rule: the 单选 field, by name, and the option that excuses the field. */
export interface UnlessRule {
  field: string;
  option: string;
}

/**
 * `入住房型=不预订` as its two parts, or undefined when there is no `=` or either side is empty.
 * @example parseUnless('入住房型 = 不预订') // { field: '入住房型', option: '不预订' }
 */
export function parseUnless(text: string): UnlessRule | undefined {
  const at = text.indexOf('=');
  const field = text.slice(0, at).trim();
  const option = text.slice(at + 1).trim();
  return at > 0 && field && option ? { field, option } : undefined;
}

/**
 * The one field of `fields` with this 字段名称, or undefined (none, or more than one).
 * @example fieldNamed(section.fields, '入住日期')?.key // 'check-in'
 */
export function fieldNamed(fields: readonly FormField[], name: string): FormField | undefined {
  const found = fields.filter((f) => f.label === name.trim());
  return found.length === 1 ? found[0] : undefined;
}
