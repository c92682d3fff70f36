/**
 * Entry data in the order of its content type's field definitions, at every level.
 * Decap keeps an entry in Immutable Maps, which forget the order of their keys beyond
 * eight, and tells a format only the order of the top-level fields; the files in the
 * repository follow the definitions all the way down (src/schemas/), so writing in that
 * order changes only the lines that changed.
 */
import type { ContentType, Fields } from '../src/schemas/fields.ts';
import { toDecapType } from '../src/schemas/to-decap.ts';

/** The keys of `order` first, then any others as they come. */
function sortKeys(data: Record<string, unknown>, order: readonly string[]): [string, unknown][] {
  const rank = (key: string) => {
    const i = order.indexOf(key);
    return i === -1 ? order.length : i;
  };
  return Object.entries(data)
    .map((e, i) => [e, i] as const)
    .sort(([a, i], [b, j]) => rank(a[0]) - rank(b[0]) || i - j)
    .map(([e]) => e);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * `data` with its keys, and those of the objects and list items in it, in definition order.
 * @example orderByFields({ b: 1, a: { d: 2, c: 3 } }, { a: f.object('', { fields: { c, d } }), b }) // { a: { c: 3, d: 2 }, b: 1 }
 */
export function orderByFields(data: Record<string, unknown>, fields: Fields | undefined, order?: readonly string[]) {
  const out: Record<string, unknown> = {};
  for (const [key, value] of sortKeys(data, order ?? Object.keys(fields ?? {}))) {
    const def = fields?.[key];
    if (def?.kind === 'object' && isRecord(value)) out[key] = orderByFields(value, def.fields);
    else if (def?.kind === 'list' && Array.isArray(value))
      out[key] = value.map((item: unknown) => (isRecord(item) ? orderByFields(item, def.of) : item));
    else out[key] = value;
  }
  return out;
}

/** The content type whose CMS fields are, in order, the names Decap hands a format. */
export function typeByFieldsOrder(types: readonly ContentType[], names: readonly string[]): ContentType | undefined {
  const wanted = names.join('\n');
  return types.find(
    (type) =>
      toDecapType(type)
        .map((f) => f.name)
        .join('\n') === wanted,
  );
}
