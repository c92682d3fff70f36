/**
 * JSON files as the repository keeps them: the fields' order, two-space indent.
 *
 * Why: Decap holds an entry in an Immutable Map, which forgets the order of its keys
 * beyond eight; its own JSON format writes them in that order, so a one-digit change
 * to the contact phone reordered site.json and showed as an 18-line diff. Decap hands
 * every format the order of the collection's fields; the files in the repository follow
 * it, so writing keys in that order changes only the lines that changed.
 */
export const jsonFormat = {
  fromFile(content: string): unknown {
    return JSON.parse(content);
  },
  /**
   * @param fieldsOrder top-level field names in definition order (from Decap)
   * @example jsonFormat.toFile({ b: 1, a: 2 }, ['a', 'b']) // '{\n  "a": 2,\n  "b": 1\n}\n'
   */
  toFile(data: object, fieldsOrder: string[] = []): string {
    return `${JSON.stringify(inOrder(data, fieldsOrder), null, 2)}\n`;
  },
};

/** The object's keys in `order` first, then any others as they come. */
function inOrder(data: object, order: readonly string[]): object {
  const entries = Object.entries(data);
  const rank = (key: string) => {
    const i = order.indexOf(key);
    return i === -1 ? order.length : i;
  };
  return Object.fromEntries(
    entries
      .map((e, i) => [e, i] as const)
      .sort(([a, i], [b, j]) => rank(a[0]) - rank(b[0]) || i - j)
      .map(([e]) => e),
  );
}
