/**
 * The online form in the reader's browser: add and remove rows, check what was typed with
 * Chinese messages, build the Excel file (its writer is fetched only now), prepare the email,
 * and keep a draft in this browser's localStorage as the reader types (never the ID numbers), with a
 * visible button that clears it.
 * No typed value is ever put into a request: the page makes no fetch, and the form submits nowhere.
 */
import { formatDate, isoDate } from '../lib/format-date.ts';
import type { FieldError } from './validate.ts';
import { validateForm } from './validate.ts';
import { forumStatus } from '../forum/status.ts';
import type { FormValues } from './values.ts';
import type { FormConfig } from './config.ts';
import { draftMessages } from './draft-messages.ts';

const DRAFT_PREFIX = 'gyxz-form-draft:';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function sectionEls(form: HTMLFormElement): HTMLElement[] {
  return [...form.querySelectorAll<HTMLElement>('fieldset[data-section]')];
}

function rowEls(section: HTMLElement): HTMLElement[] {
  return [...section.querySelectorAll<HTMLElement>('[data-row]')];
}

/** Rewrite the s{section}-r{row}- part of ids, names and references after rows move. */
function renumber(section: HTMLElement): void {
  const rows = rowEls(section);
  rows.forEach((row, r) => {
    const fix = (v: string) => v.replace(/(s\d+-r)(?:\d+|__ROW__)-/g, `$1${r}-`);
    for (const el of row.querySelectorAll<HTMLElement>('[id],[name],[for],[aria-describedby]')) {
      for (const attr of ['id', 'name', 'for', 'aria-describedby']) {
        const v = el.getAttribute(attr);
        if (v) el.setAttribute(attr, fix(v));
      }
    }
    const number = row.querySelector('[data-row-number]');
    if (number) number.textContent = String(r + 1);
    const remove = row.querySelector<HTMLButtonElement>('[data-remove-row]');
    if (remove) remove.hidden = rows.length === 1;
  });
}

function addRow(section: HTMLElement): HTMLElement {
  const template = section.querySelector<HTMLTemplateElement>('template[data-row-template]')!;
  const row = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
  section.querySelector('[data-rows]')!.append(row);
  renumber(section);
  return row;
}

function readValues(form: HTMLFormElement): FormValues {
  return sectionEls(form).map((section) =>
    rowEls(section).map((row) => {
      const values: Record<string, string> = {};
      for (const el of row.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-key]')) {
        const key = el.dataset['key']!;
        if (el instanceof HTMLInputElement && el.type === 'radio') {
          if (el.checked) values[key] = el.value;
          else values[key] ??= '';
        } else values[key] = el.value;
      }
      return values;
    }),
  );
}

function writeValues(form: HTMLFormElement, values: FormValues): void {
  sectionEls(form).forEach((section, s) => {
    const wanted = values[s] ?? [];
    if (section.querySelector('[data-rows]')) {
      while (rowEls(section).length < wanted.length) addRow(section);
    }
    rowEls(section).forEach((row, r) => {
      for (const el of row.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-key]')) {
        const value = wanted[r]?.[el.dataset['key']!] ?? '';
        if (el instanceof HTMLInputElement && el.type === 'radio') el.checked = el.value === value;
        else el.value = value;
      }
    });
  });
}

function fieldEl(form: HTMLFormElement, e: FieldError): HTMLElement | undefined {
  const row = rowEls(sectionEls(form)[e.section]!)[e.row];
  return row?.querySelector<HTMLElement>(`[data-field="${e.key}"]`) ?? undefined;
}

function showErrors(form: HTMLFormElement, config: FormConfig, errors: FieldError[]): void {
  for (const el of form.querySelectorAll<HTMLElement>('.error')) {
    el.hidden = true;
    el.textContent = '';
  }
  for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
  const summary = form.querySelector<HTMLElement>('[data-error-summary]')!;
  const list = summary.querySelector('[data-error-list]')!;
  list.replaceChildren();
  summary.hidden = errors.length === 0;
  for (const e of errors) {
    const field = fieldEl(form, e);
    const message = field?.querySelector<HTMLElement>('.error');
    if (message) {
      message.textContent = e.message;
      message.hidden = false;
    }
    const control = field?.querySelector<HTMLElement>('input, textarea');
    field?.querySelector('fieldset, input, textarea')?.setAttribute('aria-invalid', 'true');
    const section = config.sections[e.section]!;
    const where = section.repeat ? `${section.title} ${e.row + 1}` : section.title;
    const label = section.fields.find((f) => f.key === e.key)?.label ?? e.key;
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = `#${control?.id ?? ''}`;
    link.textContent = `${where} · ${label}：${e.message}`;
    item.append(link);
    list.append(item);
  }
  if (errors.length > 0) summary.focus();
}

/** Beijing calendar date today, so the count matches the dates in the invitation. */
const today = () => isoDate(new Date());

/** Update the days-left line; returns false once registration has closed. */
function showStatus(config: FormConfig): boolean {
  const line = document.querySelector<HTMLElement>('[data-live-status]');
  if (!config.deadline || !config.eventDate || !line) return true;
  const status = forumStatus({ date: config.eventDate, deadline: config.deadline }, today());
  // The live line replaces the state computed at build time, which may be out of date by now.
  document.querySelector<HTMLElement>('[data-forum-state]')?.setAttribute('hidden', '');
  if (status.state === 'open') {
    const deadline = formatDate(new Date(`${config.deadline}T00:00:00+08:00`));
    line.textContent =
      status.daysToDeadline === 0
        ? `报名进行中：今天（${deadline}）是回执截止日；距论坛召开还有 ${status.daysToForum} 天。`
        : `报名进行中：距回执截止（${deadline}）还有 ${status.daysToDeadline} 天，距论坛召开还有 ${status.daysToForum} 天（按本机日期计算）。`;
    return true;
  }
  line.textContent = status.state === 'past' ? '论坛日期已过，报名已截止。' : '报名已截止，不再接收回执表。';
  return false;
}

function mailto(config: FormConfig, org: string, fileName: string): string {
  const subject = org ? `${config.title}（${org}）` : config.title;
  const body = [
    '您好：',
    '',
    `附件是${org ? `${org}的` : ''}${config.title}（${fileName}）${config.deadline ? '和会议费汇款回执' : ''}，请查收。`,
    '',
    '（发送前请在邮件中添加附件：网页无法自动添加。）',
  ].join('\n');
  return `mailto:${config.email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

async function generate(form: HTMLFormElement, config: FormConfig): Promise<void> {
  const values = readValues(form);
  const errors = validateForm(config, values, { eventDate: config.eventDate });
  showErrors(form, config, errors);
  if (errors.length > 0) return;
  // The workbook code is fetched only now, when the reader asks for the file.
  const { formWorkbook } = await import('./workbook.ts');
  const bytes = formWorkbook({ title: config.title, sections: config.sections, values, notes: config.notes });
  const org = (values[0]?.[0]?.[config.sections[0]!.fields[0]!.key] ?? '').trim();
  const fileName = `${config.fileName}${org ? `-${org}` : ''}.xlsx`.replace(/[\\/:*?"<>|]/g, '');
  const link = form.querySelector<HTMLAnchorElement>('[data-file-link]')!;
  if (link.href.startsWith('blob:')) URL.revokeObjectURL(link.href);
  link.href = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX }));
  link.download = fileName;
  link.textContent = fileName;
  form.querySelector<HTMLAnchorElement>('[data-mail-link]')!.href = mailto(config, org, fileName);
  const result = form.querySelector<HTMLElement>('[data-result]')!;
  result.hidden = false;
  link.click();
  result.focus();
}

/**
 * What the automatic draft keeps: everything typed except resident ID numbers, which are personal
 * information the reader did not ask to store and the browser may share with the next user.
 */
function draftValues(form: HTMLFormElement, config: FormConfig): FormValues {
  return readValues(form).map((rows, s) => {
    const idKeys = config.sections[s]!.fields.filter((f) => f.kind === '身份证号').map((f) => f.key);
    return rows.map((row) => Object.fromEntries(Object.entries(row).filter(([k]) => !idKeys.includes(k))));
  });
}

/**
 * Say something about the draft: at the form's top, or (`where`) beside the clear button, which is
 * far below it; `undo`, when given, is offered as a button after the text.
 */
function draftNote(form: HTMLFormElement, text: string, undo?: () => void, where = '[data-draft-note]'): void {
  for (const other of form.querySelectorAll<HTMLElement>('[data-draft-note], [data-clear-note]')) other.hidden = true;
  const note = form.querySelector<HTMLElement>(where)!;
  note.textContent = text;
  note.hidden = text === '';
  if (!undo) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = '撤销';
  button.addEventListener('click', undo);
  note.append(' ', button);
}

function init(form: HTMLFormElement): void {
  const config = JSON.parse(form.dataset['config']!) as FormConfig;
  const key = DRAFT_PREFIX + config.draftKey;
  const messages = draftMessages(config.sections.some((s) => s.fields.some((f) => f.kind === '身份证号')));
  if (!showStatus(config)) {
    document.querySelector<HTMLElement>('[data-needs-js]')?.remove();
    return;
  }
  for (const section of sectionEls(form)) {
    section.querySelector('[data-add-row]')?.addEventListener('click', () => {
      const row = addRow(section);
      row.querySelector<HTMLElement>('input, textarea')?.focus();
    });
    section.addEventListener('click', (event) => {
      const button = (event.target as Element).closest('[data-remove-row]');
      if (!button) return;
      button.closest('[data-row]')!.remove();
      renumber(section);
    });
  }
  // One file per tap: the button is disabled and a progress line shown until the file is ready.
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  const progress = form.querySelector<HTMLElement>('[data-progress]')!;
  let working = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (working) return;
    working = true;
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    progress.hidden = false;
    generate(form, config)
      .catch((error: unknown) => {
        console.error(error);
        progress.hidden = true;
        draftNote(form, '文件没有生成成功：请检查网络后再点一次。');
      })
      .finally(() => {
        working = false;
        button.disabled = false;
        button.removeAttribute('aria-busy');
        progress.hidden = true;
      });
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      try {
        localStorage.setItem(key, JSON.stringify(draftValues(form, config)));
        draftNote(form, messages.saved);
      } catch {
        draftNote(form, '本浏览器不允许保存草稿：刷新或关闭页面后，已填内容会丢失。');
      }
    }, 400);
  };
  form.addEventListener('input', save);
  form.addEventListener('change', save);
  form.addEventListener('click', (event) => {
    if ((event.target as Element).closest('[data-add-row], [data-remove-row]')) save();
  });
  // Clearing cannot be confirmed by a dialog WeChat may suppress; instead what was typed stays in
  // this page's memory (never in storage) until the reader types again, and 撤销 brings it back.
  form.querySelector('[data-clear-draft]')!.addEventListener('click', () => {
    clearTimeout(timer);
    const typed = readValues(form);
    localStorage.removeItem(key);
    form.reset();
    for (const section of sectionEls(form)) {
      if (section.querySelector('[data-rows]'))
        rowEls(section)
          .slice(1)
          .forEach((row) => row.remove());
      renumber(section);
    }
    showErrors(form, config, []);
    form.querySelector<HTMLElement>('[data-result]')!.hidden = true;
    draftNote(
      form,
      messages.cleared,
      () => {
        writeValues(form, typed);
        save();
        form.querySelector<HTMLElement>('input, textarea')?.focus();
      },
      '[data-clear-note]',
    );
  });
  const saved = localStorage.getItem(key);
  if (saved) {
    writeValues(form, JSON.parse(saved) as FormValues);
    draftNote(form, messages.loaded);
  }
  document.querySelector<HTMLElement>('[data-needs-js]')?.remove();
  form.hidden = false;
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-online-form]')) init(form);
