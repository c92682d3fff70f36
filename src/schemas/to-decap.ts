/**
 * The CMS side of a content type: its field definitions compiled to Decap CMS fields.
 * The Astro side is `to-zod.ts`; both read the same definitions in `fields.ts`, and
 * tests/unit/admin/decap-config.test.ts walks the two outputs side by side.
 */
import type { ContentType, FieldDef, Fields } from './fields.ts';
import type { Pattern } from './patterns.ts';

/** One Decap field, as it appears in `config.yml`. */
export interface DecapField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  default?: unknown;
  /** `[regex source, Chinese message]`, checked by Decap on every non-empty value. */
  pattern?: [string, string];
  [option: string]: unknown;
}

/**
 * A maximum length as a regex, combined with the field's own pattern when it has one,
 * because Decap's string widget has no length limit but does check one pattern.
 */
function combinedPattern(pattern: Pattern | undefined, maxLength: number | undefined): [string, string] | undefined {
  if (!maxLength) return pattern ? [pattern.regex.source, pattern.message] : undefined;
  const limit = `不能超过 ${maxLength} 个字`;
  if (!pattern) return [`^[\\s\\S]{0,${maxLength}}$`, limit];
  return [`^(?=[\\s\\S]{0,${maxLength}}$)(?:${pattern.regex.source})$`, `${pattern.message}，且${limit}`];
}

/**
 * The optional object a field belongs to, if any: such a child is required only once
 * something in the object is filled in. `path` is the object's place in the entry
 * (`cover`), known for objects at the top of an entry; `label` names it to editors.
 */
export interface OptionalParent {
  path?: string;
  label: string;
}

/** Kinds whose conditional requirement the CMS checks at the field (admin/required-with.ts). */
const CHECKED_AT_FIELD = new Set<FieldDef['kind']>(['string', 'text', 'image', 'file', 'list', 'strings']);

/**
 * Decap fields of one definition; `parent` is the optional object it belongs to, if any.
 * A required child of an optional object says so in its label (「填写「封面图」后必填」);
 * where the CMS can check it at the field (text, an image or file, a list, in an object at
 * the top of an entry), it is marked
 * `required` with `required_with: <object path>`, else it is optional in the form and
 * admin/validate.ts enforces the schema on save.
 */
export function toDecapField(name: string, def: FieldDef, parent?: OptionalParent, top = false): DecapField {
  const out: DecapField = { name, label: def.label, widget: 'string' };
  if (def.hint) out.hint = def.hint;
  // Required in the CMS exactly when the file must contain the field: a field with a
  // default may be left out.
  const ownRequired = def.required !== false && !('default' in def);
  const required = ownRequired && !parent;
  if (ownRequired && parent) {
    out.label = `${def.label}（填写「${parent.label}」后必填）`;
    if (parent.path && CHECKED_AT_FIELD.has(def.kind)) out['required_with'] = parent.path;
    else out.required = false;
  } else if (!required) out.required = false;

  switch (def.kind) {
    case 'string':
    case 'text': {
      out.widget = def.kind;
      const pattern = combinedPattern(def.kind === 'string' ? def.pattern : undefined, def.maxLength);
      if (pattern) out.pattern = pattern;
      if (def.kind === 'string' && def.default !== undefined) out['default'] = def.default;
      break;
    }
    case 'date':
      // The site's own date field (admin/date-widget.ts): typed YYYY-MM-DD, stored as typed.
      out.widget = 'date';
      if (!required) out['default'] = '';
      break;
    case 'boolean':
      Object.assign(out, { widget: 'boolean', default: def.default });
      break;
    case 'number':
      Object.assign(out, { widget: 'number', value_type: def.integer ? 'int' : 'float' });
      if (def.min !== undefined) out['min'] = def.min;
      if (def.max !== undefined) out['max'] = def.max;
      if (def.default !== undefined) out['default'] = def.default;
      break;
    case 'select':
      Object.assign(out, {
        widget: 'select',
        // Codes shown by their Chinese names; the file still stores the code.
        options: def.optionLabels
          ? def.options.map((value) => ({ label: def.optionLabels?.[value] ?? value, value }))
          : [...def.options],
      });
      if (def.multiple) out['multiple'] = true;
      if (def.default !== undefined) out['default'] = def.default;
      break;
    case 'image':
    case 'file':
      // The media library always writes `${public_folder}/name`, a site path. Decap's
      // pattern check does not see that value for these widgets (it rejects valid
      // uploads), so the site-path rule is left to the save check (admin/validate.ts).
      Object.assign(out, { widget: def.kind, choose_url: false });
      // A file kept beside its entry: Decap resolves an empty relative folder to the entry's own
      // folder (and, for a new entry, the collection folder, the same place), and an empty public
      // folder makes the value the bare file name. One file, not a list.
      if (def.kind === 'file' && def.beside) {
        Object.assign(out, { media_folder: '', public_folder: '', media_library: { allow_multiple: false } });
      }
      break;
    case 'list':
      out.widget = 'list';
      out['fields'] = toDecapFields(def.of);
      if (def.min) out['min'] = def.min;
      if (def.summary) out['summary'] = def.summary;
      break;
    case 'strings':
      out.widget = 'list';
      // One text box per item: comma-separated input would split Chinese text on ，-less commas.
      out['field'] = { name: 'item', label: def.label, widget: 'string' };
      // Collapsed, an item shows its text, not the list's label again.
      out['summary'] = '{{fields.item}}';
      if (def.min) out['min'] = def.min;
      break;
    case 'object': {
      out.widget = 'object';
      // Children of an optional object (or of one inside it) are required only once it is
      // filled in; only an object at the top of an entry has a path the CMS can look up.
      const own: OptionalParent = top ? { path: name, label: def.label } : { label: def.label };
      const childParent = parent ? { label: parent.label } : required ? undefined : own;
      out['fields'] = toDecapFields(def.fields, childParent);
      break;
    }
  }
  return out;
}

/** Decap fields of a field set, in definition order; `top` for an entry's own fields. */
export function toDecapFields(fields: Fields, parent?: OptionalParent, top = false): DecapField[] {
  return Object.entries(fields).map(([name, def]) => toDecapField(name, def, parent, top));
}

/** The Markdown body field every `body: true` type gets. */
export const BODY_FIELD: DecapField = {
  name: 'body',
  label: '正文',
  widget: 'markdown',
  // In backticks: Decap renders hints as Markdown, which would turn [文字](网址) into a link.
  hint: '可用 Markdown：`## 小标题`、`- 列表`、`[文字](网址)`。',
  // Rich text stays the default: Chinese typed through composition events arrives intact
  // in Chromium (tests/e2e/cms.test.ts); see admin/README.md, 「中文输入」.
  modes: ['rich_text', 'raw'],
};

/**
 * Every Decap field of a content type, the Markdown body last when it has one.
 * @example toDecapType(news).at(-1)?.widget // 'markdown'
 */
export function toDecapType(type: Pick<ContentType, 'fields' | 'body'>): DecapField[] {
  const fields = toDecapFields(type.fields, undefined, true);
  return type.body ? [...fields, BODY_FIELD] : fields;
}
