/**
 * Decap reaches the control behind a wrapper through `getWrappedInstance()` (as in
 * admin/required-with.ts) and asks it `isValid()`. A wrapper that adds a check of its own hands
 * Decap the innermost control with that check after the control's own.
 */

/** What a control's `isValid()` answers. */
export type Validity = boolean | { error: { type: string; message: string } | false };
interface Inner {
  isValid?: () => Validity;
  getWrappedInstance?: () => unknown;
}

/**
 * The innermost control behind `outer`, whose `isValid()` answers the control's own problem
 * first, then `extra()`.
 * @example innermostWith(this.inner, () => (message ? { error: { type: 'CUSTOM', message } } : true))
 */
export function innermostWith(outer: unknown, extra: () => Validity): unknown {
  let inner = outer as Inner | null;
  while (inner?.getWrappedInstance) inner = inner.getWrappedInstance() as Inner | null;
  if (!inner || typeof inner !== 'object') return inner;
  const own = inner.isValid?.bind(inner);
  const isValid = (): Validity => {
    const result = own ? own() : true;
    if (result !== true && result !== undefined && !(typeof result === 'object' && result.error === false)) {
      return result;
    }
    return extra();
  };
  return new Proxy(inner, {
    get: (object, key): unknown => (key === 'isValid' ? isValid : (Reflect.get(object, key, object) as unknown)),
  });
}
