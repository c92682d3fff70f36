import type { FormDef, FormField } from '../schemas/form.ts';
import { dayDiff } from '../lib/day-diff.ts';
import { fieldNamed, parseUnless } from './field-refs.ts';
import type { FormValues } from './values.ts';
import { formatDate } from '../lib/format-date.ts';
import { validateEmail } from './validators/email.ts';
import { validateIdCard } from './validators/id-card.ts';
import { validatePhone } from './validators/phone.ts';
import { validateUscc } from './validators/uscc.ts';

/** One problem with what was typed, in Chinese, pointing at the section, row and field. */
export interface FieldError {
  section: number;
  row: number;
  key: string;
  message: string;
}

export interface ValidateContext {
  /** Forum day (YYYY-MM-DD) for fields with `withinDays`; absent for forms not tied to an edition. */
  eventDate?: string | undefined;
  /** Used to reject birth dates in the future. */
  today?: Date;
}

/** Whether `requiredUnless` ("入住房型=不预订") excuses this empty field in this row. */
function excused(field: FormField, row: Record<string, string>, fields: readonly FormField[]): boolean {
  const rule = field.requiredUnless ? parseUnless(field.requiredUnless) : undefined;
  const other = rule && fieldNamed(fields, rule.field);
  return Boolean(other) && row[other!.key] === rule!.option;
}

function checkValue(
  field: FormField,
  value: string,
  row: Record<string, string>,
  fields: readonly FormField[],
  ctx: ValidateContext,
): string | undefined {
  switch (field.kind) {
    case '电话':
      return validatePhone(value);
    case '邮箱':
      return validateEmail(value);
    case '身份证号':
      return validateIdCard(value, ctx.today);
    case '纳税人识别号':
      return validateUscc(value);
    case '统一社会信用代码':
      return validateUscc(value, '统一社会信用代码');
    case '单选':
      return field.options?.includes(value) ? undefined : `请从选项中选择：${field.options?.join('、')}`;
    case '数字':
      return /^\d{1,3}$/.test(value.trim()) ? undefined : '请填写 0 到 999 之间的整数';
    case '日期': {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return '请按 年-月-日 填写日期，例如 2026-04-02';
      const earlier = field.after ? fieldNamed(fields, field.after) : undefined;
      const other = earlier ? row[earlier.key] : undefined;
      if (earlier && other && dayDiff(other, value) <= 0) return `${field.label}应晚于${earlier.label}`;
      if (field.withinDays !== undefined && ctx.eventDate) {
        if (Math.abs(dayDiff(ctx.eventDate, value)) > field.withinDays) {
          const day = formatDate(new Date(`${ctx.eventDate}T00:00:00+08:00`));
          return `${field.label}应在论坛日期（${day}）前后 ${field.withinDays} 天之内`;
        }
      }
      return undefined;
    }
    case '文字':
    case '多行文字':
      return value.length > 2000 ? '内容太长，请精简到 2000 字以内' : undefined;
  }
}

/**
 * Every problem with the values typed into a form, in the order the form shows them.
 * Empty list when the form may be turned into a file.
 * @example validateForm(def, [[{ org: '' }]])[0]?.message // '请填写单位名称'
 */
export function validateForm(
  def: Pick<FormDef, 'sections'>,
  values: FormValues,
  ctx: ValidateContext = {},
): FieldError[] {
  const errors: FieldError[] = [];
  def.sections.forEach((section, s) => {
    const rows = values[s] ?? [];
    if (rows.length === 0) {
      errors.push({ section: s, row: 0, key: section.fields[0]!.key, message: `请至少填写一行「${section.title}」` });
    }
    rows.forEach((row, r) => {
      for (const field of section.fields) {
        const value = (row[field.key] ?? '').trim();
        let message: string | undefined;
        if (value === '') {
          if (field.required && !excused(field, row, section.fields)) {
            message = `请${field.kind === '单选' ? '选择' : '填写'}${field.label}`;
          }
        } else {
          message = checkValue(field, value, row, section.fields, ctx);
        }
        if (message) errors.push({ section: s, row: r, key: field.key, message });
      }
    });
  });
  return errors;
}
