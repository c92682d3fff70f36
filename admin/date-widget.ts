/**
 * The date field: a text box the editor types `2026-05-12` into, as its hint says, a
 * calendar to pick from, 今天 and 清除. It replaces Decap's `datetime` widget for every date
 * (src/schemas/to-decap.ts names it `date`).
 *
 * Why: Decap's widget is the browser's own date box, re-read on every key press: typing
 * 2026-05-12 saved 1902-02-02 (the year's first digits, read as a two-digit year), typing
 * 05 12 2026 gave 1906-05-12, and the box showed mm/dd/yyyy under a YYYY-MM-DD hint in an
 * English browser. Here what is typed is read by admin/typed-date.ts, the same in every
 * browser language; the entry takes a date only once it is whole and real, and a date
 * half-typed or impossible stops the save at the field, in Chinese. 清除 empties the box
 * and the value alike.
 */
import type { CmsWidgetParam } from 'decap-cms-core';
import { Component, createElement as h, createRef } from 'react';
import { isoDate } from '../src/lib/format-date.ts';
import { readTypedDate } from './typed-date.ts';

interface DateControlProps {
  forID: string;
  value?: unknown;
  field: { get(key: string, fallback?: unknown): unknown };
  onChange: (value: string) => void;
  classNameWrapper: string;
  setActiveStyle: () => void;
  setInactiveStyle: () => void;
  isDisabled?: boolean;
}

/** The stored value as text: files keep dates as the text `2026-05-12` (admin/frontmatter-format.ts). */
const shown = (value: unknown): string => (typeof value === 'string' ? value : '');

const row = { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'center' } as const;
const button = {
  minHeight: '36px',
  padding: '0 12px',
  border: '1px solid #b7bcc6',
  borderRadius: '5px',
  background: '#fff',
  color: '#313d3e',
  font: 'inherit',
  cursor: 'pointer',
} as const;

export class DateControl extends Component<DateControlProps, { text: string }> {
  override state = { text: shown(this.props.value) };
  readonly #picker = createRef<HTMLInputElement>();

  override componentDidUpdate(prev: DateControlProps) {
    // A value set from outside (a loaded entry, a restored backup) replaces the text, unless
    // it is what the text already means.
    if (prev.value !== this.props.value) {
      const read = readTypedDate(this.state.text);
      const value = shown(this.props.value);
      if (!(read.kind === 'date' && read.date === value) && !(read.kind === 'empty' && value === '')) {
        this.setState({ text: value });
      }
    }
  }

  /** Decap asks before saving: a date half-typed or impossible is refused at the field. */
  isValid = (): true | { error: { type: string; message: string } } => {
    const read = readTypedDate(this.state.text);
    if (read.kind === 'incomplete' || read.kind === 'invalid') {
      const label = String(this.props.field.get('label', this.props.field.get('name')));
      return { error: { type: 'CUSTOM', message: `“${label}”：${read.message}` } };
    }
    return true;
  };

  readonly #type = (text: string) => {
    this.setState({ text });
    const read = readTypedDate(text);
    if (read.kind === 'date') this.props.onChange(read.date);
    else if (read.kind === 'empty') this.props.onChange('');
  };

  override render() {
    const { forID, classNameWrapper, setActiveStyle, setInactiveStyle, isDisabled, field } = this.props;
    const label = String(field.get('label', field.get('name')));
    const read = readTypedDate(this.state.text);
    return h(
      'div',
      { style: row },
      h('input', {
        id: forID,
        type: 'text',
        inputMode: 'numeric',
        autoComplete: 'off',
        placeholder: '例如 2026-05-12',
        className: classNameWrapper,
        style: { flex: '1 1 10em', minWidth: 0 },
        value: this.state.text,
        disabled: isDisabled,
        'aria-invalid': read.kind === 'incomplete' || read.kind === 'invalid' ? true : undefined,
        onChange: (e: { target: { value: string } }) => this.#type(e.target.value),
        onFocus: setActiveStyle,
        onBlur: () => {
          // A whole date is shown the way files keep it: 2026/5/12 becomes 2026-05-12.
          if (read.kind === 'date') this.setState({ text: read.date });
          setInactiveStyle();
        },
      }),
      // The browser's calendar, opened by the button; its value is always YYYY-MM-DD.
      h('input', {
        ref: this.#picker,
        type: 'date',
        tabIndex: -1,
        'aria-hidden': true,
        style: { position: 'absolute', opacity: 0, width: '1px', height: '1px', pointerEvents: 'none' },
        value: read.kind === 'date' ? read.date : '',
        onChange: (e: { target: { value: string } }) => e.target.value && this.#type(e.target.value),
      }),
      h(
        'button',
        {
          type: 'button',
          style: button,
          disabled: isDisabled,
          'aria-label': `从日历选择“${label}”`,
          onClick: () => this.#picker.current?.showPicker(),
        },
        '选择日期',
      ),
      h(
        'button',
        {
          type: 'button',
          style: button,
          disabled: isDisabled,
          'aria-label': `“${label}”设为今天`,
          onClick: () => this.#type(isoDate(new Date())),
        },
        '今天',
      ),
      h(
        'button',
        {
          type: 'button',
          style: button,
          disabled: isDisabled,
          'aria-label': `清除“${label}”`,
          onClick: () => this.#type(''),
        },
        '清除',
      ),
    );
  }
}

/** The preview shows the date as the field holds it. */
const DatePreview = ({ value }: { value?: unknown }) => h('span', null, shown(value));

export const DateWidget = {
  // Decap's typings describe a control by its props only (see admin/cms.ts, `register`).
  Widget: () =>
    ({ name: 'date', controlComponent: DateControl, previewComponent: DatePreview }) as unknown as CmsWidgetParam,
};
