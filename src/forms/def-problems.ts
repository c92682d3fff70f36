import type { FormDef } from '../schemas/form.ts';
import { GLOSSARY } from '../schemas/glossary.ts';
import { fieldNamed, parseUnless } from './field-refs.ts';

/**
 * What the field DSL cannot say about a form definition, in Chinese: field codes used twice,
 * 须晚于 / 以下情况可不填 pointing at a field (by its 字段名称, exactly one in the section) or an
 * option that does not exist, 单选 without options.
 * The form pages throw these at build time, naming the file, so a broken form is never published.
 * @example formDefProblems({ sections: [{ title: '单位', fields: [{ key: 'a', … }, { key: 'a', … }] }] })
 * // ['字段代号 a 重复：…']
 */
export function formDefProblems(def: Pick<FormDef, 'sections'>): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const section of def.sections) {
    for (const field of section.fields) {
      const where = `「${section.title}」中的「${field.label}」`;
      if (seen.has(field.key)) problems.push(`字段代号 ${field.key} 重复：${seen.get(field.key)}和${where}`);
      seen.set(field.key, where);
      if (field.kind === '单选' && !(field.options && field.options.length >= 2)) {
        problems.push(`${where}是单选，至少需要两个选项`);
      }
      if (field.after && fieldNamed(section.fields, field.after)?.kind !== '日期') {
        problems.push(
          `${where}的“须晚于”应填写同一${GLOSSARY.formPart}中一个日期字段的字段名称（例如 入住日期），现为 ${field.after}`,
        );
      }
      if (field.requiredUnless) {
        const rule = parseUnless(field.requiredUnless);
        const other = rule && fieldNamed(section.fields, rule.field);
        if (!other?.options?.includes(rule!.option)) {
          problems.push(
            `${where}的“以下情况可不填”应写成 字段名称=选项（同一${GLOSSARY.formPart}中的单选字段，例如 入住房型=不预订），现为 ${field.requiredUnless}`,
          );
        }
      }
    }
  }
  return problems;
}
