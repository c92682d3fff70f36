/**
 * JSON files as the repository keeps them: the fields' order at every level
 * (admin/field-order.ts), two-space indent.
 *
 * Why: Decap holds an entry in an Immutable Map, which forgets the order of its keys
 * beyond eight; its own JSON format writes them in that order, so a one-digit change
 * to the contact phone reordered site.json and showed as an 18-line diff.
 */
import { contentTypes } from '../src/schemas/index.ts';
import { orderByFields, typeByFieldsOrder } from './field-order.ts';

export const jsonFormat = {
  fromFile(content: string): unknown {
    return JSON.parse(content);
  },
  /**
   * @param fieldsOrder top-level field names in definition order (from Decap)
   * @example jsonFormat.toFile({ b: 1, a: 2 }, ['a', 'b']) // '{\n  "a": 2,\n  "b": 1\n}\n'
   */
  toFile(data: Record<string, unknown>, fieldsOrder: string[] = []): string {
    const type = typeByFieldsOrder(contentTypes, fieldsOrder);
    return `${JSON.stringify(orderByFields(data, type?.fields, fieldsOrder), null, 2)}\n`;
  },
};
