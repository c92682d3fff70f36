/**
 * A text field that becomes required once the optional object it belongs to is filled in
 * (`required_with: <object path>`, from src/schemas/to-decap.ts): the alt text of a cover
 * image, the name of the forum's hotel. Decap can only require a field always or never;
 * before, such a field was optional in the form and only the save check refused the entry,
 * in a toast, with the field still labelled "(可选)".
 *
 * Decap checks "required" on the value a control reports through `getValidateValue()`.
 * While the object is empty this wrapper reports a blank-but-present value, so the field
 * passes; once anything in the object is filled in, it reports the real value, and an
 * empty field gets Decap's own "必填" error at the field.
 */
import { Component, createElement as h, type ComponentType } from 'react';
import { isEmpty } from './validate.ts';

/** What a present-but-blank value looks like to Decap's required and pattern checks. */
const NOT_NEEDED = ' ';

interface ImmutableLike {
  getIn(path: string[]): unknown;
}
interface ValidationError {
  type: string;
  parentIds?: unknown;
  message: string;
}
interface ControlProps {
  value?: unknown;
  field: { get(key: string, fallback?: unknown): unknown };
  getEntry: () => ImmutableLike;
  t?: (key: string, values: Record<string, unknown>) => string;
  parentIds?: unknown;
  onValidateObject?: (id: string, errors: ValidationError[]) => void;
}

function plain(value: unknown): unknown {
  return value && typeof value === 'object' && 'toJS' in value ? (value as { toJS(): unknown }).toJS() : value;
}

/**
 * The value Decap should check: the real one once the object at `path` holds anything.
 * @example validateValue('', { cover: { src: '/uploads/a.png', alt: '' } }, 'cover') // ''
 * @example validateValue('', { cover: { src: '', alt: '' } }, 'cover') // ' '
 */
export function validateValue(value: unknown, data: unknown, path: string): unknown {
  let node = data;
  for (const key of path.split('.'))
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  return isEmpty(node) ? NOT_NEEDED : value;
}

/**
 * A control that reports its value for validation as `validateValue` says. Decap reaches
 * the control behind a wrapper through `getWrappedInstance()` (react-redux style) and asks
 * it whether it is valid (a list checks its items and its length), whether to re-render
 * and where to focus; the wrapped instance answers all of that itself and only its
 * `getValidateValue` is replaced. Other wrappers (admin/repo-assets.ts) are reached through.
 */
export function withRequiredWith<P extends ControlProps>(Control: ComponentType<P>): ComponentType<P> {
  return class RequiredWithControl extends Component<P> {
    #inner: unknown = null;
    readonly #setInner = (instance: unknown) => {
      this.#inner = instance;
    };
    validateValueOf(inner: { getValidateValue?: () => unknown } | null): unknown {
      const own = inner?.getValidateValue ? inner.getValidateValue() : this.props.value;
      const path = this.props.field.get('required_with');
      if (typeof path !== 'string') return own;
      const data = plain(this.props.getEntry().getIn(['data']));
      return validateValue(own ?? '', data, path);
    }
    getWrappedInstance(): unknown {
      let inner = this.#inner as { getWrappedInstance?: () => unknown } | null;
      while (inner?.getWrappedInstance) inner = inner.getWrappedInstance() as typeof inner;
      if (!inner || typeof inner !== 'object') return inner;
      const target = inner as { getValidateValue?: () => unknown };
      const getValidateValue = () => this.validateValueOf(target);
      return new Proxy(target, {
        get: (object, key): unknown =>
          key === 'getValidateValue' ? getValidateValue : (Reflect.get(object, key, object) as unknown),
      });
    }
    /**
     * A list reports its own errors last (only its length: min, max) and so replaced the
     * "required" error Decap had just found; an empty required list was never marked at
     * its field. The list's report keeps that error when it has none of its own.
     */
    readonly #onValidateObject = (id: string, errors: ValidationError[]) => {
      const { field, t, parentIds, onValidateObject } = this.props;
      const value = this.validateValueOf(null);
      const empty = value !== NOT_NEEDED && isEmpty(plain(value));
      const missing = field.get('required', true) !== false && empty && t;
      const presence: ValidationError[] = missing
        ? [
            {
              type: 'PRESENCE',
              parentIds,
              message: t('editor.editorControlPane.widget.required', {
                fieldLabel: field.get('label', field.get('name')),
              }),
            },
          ]
        : [];
      onValidateObject?.(id, errors.length ? errors : presence);
    };
    override render() {
      // Only class components take a ref; Decap's string, text, image, file and list controls are classes.
      const list = this.props.field.get('widget') === 'list';
      return h(Control, {
        ...this.props,
        ...(list ? { onValidateObject: this.#onValidateObject } : {}),
        ref: this.#setInner,
      });
    }
  };
}
