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
interface ControlProps {
  value?: unknown;
  field: { get(key: string): unknown };
  getEntry: () => ImmutableLike;
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

/** A control that reports its value for validation as `validateValue` says. */
export function withRequiredWith<P extends ControlProps>(Control: ComponentType<P>): ComponentType<P> {
  return class RequiredWithControl extends Component<P> {
    getValidateValue(): unknown {
      const path = this.props.field.get('required_with');
      if (typeof path !== 'string') return this.props.value;
      const data = plain(this.props.getEntry().getIn(['data']));
      return validateValue(this.props.value ?? '', data, path);
    }
    override render() {
      return h(Control, this.props);
    }
  };
}
