/**
 * 从问卷导入: a town's returned questionnaire (the .xlsx the site's own form produced) is chosen at
 * its profile's field and read in the editor's browser by src/library/questionnaire-profile.ts, with
 * the same kind of messages as a ranking's data file (file, row, field): a bad workbook cannot be
 * saved. The answers wait in the field until the save, when they fill the fields the editor left
 * empty (src/library/merge-import.ts, run by the save check in admin/cms.ts). The workbook itself
 * is never uploaded or committed: it names people and their phones.
 *
 * The questionnaire's definition is read from the site's own form page, the one the town filled in.
 */
import { Component, createElement as h, type ComponentType } from 'react';
import { problemMessage } from './data-file.ts';
import { originalName } from './rename-uploads.ts';
import { entryUrl } from '../src/lib/entry-url.ts';
import type { PendingImport } from '../src/library/merge-import.ts';
import type { FormDef } from '../src/schemas/form.ts';
import { profiles } from '../src/schemas/index.ts';
import { QUESTIONNAIRE_FIELD } from '../src/schemas/profile.ts';

interface ControlProps {
  value?: unknown;
  forID?: string;
  classNameWrapper?: string;
  field: { get(key: string): unknown };
  collection: { get(key: string): unknown };
  onChange: (value: string) => void;
  /** Decap's check of this field, run again once the workbook has been read. */
  validate: () => void;
}

/** The questionnaire's title and sections, from the data-config of its form page. */
async function questionnaireDef(): Promise<Pick<FormDef, 'title' | 'sections'>> {
  const html = await (await fetch(entryUrl('forms', 'questionnaire'))).text();
  const form = new DOMParser().parseFromString(html, 'text/html').querySelector('form[data-online-form]');
  return JSON.parse(form?.getAttribute('data-config') ?? '') as Pick<FormDef, 'title' | 'sections'>;
}

/** What the editor is told once a workbook was read: which fields it fills, and what to check. */
export function readSummary(pending: PendingImport, notes: readonly { field: string; message: string }[]): string {
  const fields = profiles.fields as Record<string, { label: string }>;
  const filled = Object.keys(pending.profile).map((k) => fields[k]?.label ?? k);
  const lines = [`已读取「${pending.file}」：保存时填入空着的字段 ${filled.join('、')}。`];
  for (const n of notes) lines.push(`请核对 ${n.field}：${n.message}`);
  return lines.join('\n');
}

/** The string control, except at a profile's 从问卷导入 field, where it reads a returned questionnaire. */
export function withQuestionnaireImport<P extends ControlProps>(Control: ComponentType<P>): ComponentType<P> {
  return class QuestionnaireImportControl extends Component<P, { note: string }> {
    override state = { note: '' };
    private problem: string | undefined;
    #inner: unknown = null;
    readonly #setInner = (instance: unknown) => {
      this.#inner = instance;
    };

    /**
     * The file input's own change event. A React onChange on this input was seen never to run in
     * Chromium (the chosen file stayed unread; admin/rename-uploads.ts swaps the input's files
     * during the same event), so the input is listened to directly.
     */
    readonly #setFileInput = (el: HTMLInputElement | null) => {
      el?.addEventListener('change', () => {
        const file = el.files?.[0];
        if (file) void this.read(file);
      });
    };

    private isImport(): boolean {
      return (
        this.props.collection.get('name') === profiles.name && this.props.field.get('name') === QUESTIONNAIRE_FIELD
      );
    }

    /** Decap asks the control behind wrappers whether it is valid; at the import field that is this one. */
    getWrappedInstance(): unknown {
      if (this.isImport()) return this;
      let inner = this.#inner as { getWrappedInstance?: () => unknown } | null;
      while (inner?.getWrappedInstance) inner = inner.getWrappedInstance() as typeof inner;
      return inner;
    }

    readonly isValid = (): true | { error: { type: string; message: string } } =>
      this.problem ? { error: { type: 'CUSTOM', message: this.problem } } : true;

    private async read(file: File): Promise<void> {
      // Every chosen file is renamed for upload (admin/rename-uploads.ts); the editor knows the original.
      const name = originalName(file.name) ?? file.name;
      this.problem = '正在读取问卷文件…请稍候片刻再保存';
      this.setState({ note: '正在读取问卷文件…' });
      try {
        const { questionnaireProfile } = await import('../src/library/questionnaire-profile.ts');
        const bytes = new Uint8Array(await file.arrayBuffer());
        const { profile, problems, notes } = await questionnaireProfile(bytes, name, await questionnaireDef());
        if (problems.length > 0) {
          this.problem = problemMessage(`「${name}」`, problems);
          this.setState({ note: '' });
          this.props.onChange('');
          return;
        }
        const pending: PendingImport = { file: name, profile };
        this.problem = undefined;
        this.setState({ note: readSummary(pending, notes) });
        this.props.onChange(JSON.stringify(pending));
      } catch {
        this.problem = `无法读取「${name}」；请确认它是本站“镇域发展问卷”生成的 Excel 文件`;
        this.setState({ note: '' });
        this.props.onChange('');
      } finally {
        this.props.validate();
      }
    }

    override render() {
      if (!this.isImport()) return h(Control, { ...this.props, ref: this.#setInner });
      const input = h('input', {
        type: 'file',
        id: this.props.forID,
        accept: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        ref: this.#setFileInput,
      });
      const note = h('p', { role: 'status', style: { margin: '0.5em 0 0', whiteSpace: 'pre-line' } }, this.state.note);
      return h('div', { className: this.props.classNameWrapper }, input, note);
    }
  };
}
