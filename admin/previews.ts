/**
 * Preview templates: what an entry will look like on the live site, drawn with the
 * site's own stylesheet (registered in admin/cms.ts) and the same structure and class
 * names as `ArticleLayout.astro`, `StoryPlace.astro` and the forum page.
 *
 * Written with `createElement` rather than JSX so the admin needs no JSX build setup.
 */
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import { createElement as h, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { formatDate } from '../src/lib/format-date.ts';
import { singleFileId, type ContentType } from '../src/schemas/fields.ts';
import { repoPathOf } from './repo-assets.ts';

type Props = PreviewTemplateComponentProps;

/** A value of the entry's data as plain JavaScript. */
function value(props: Props, path: string[]): unknown {
  const v = props.entry.getIn(['data', ...path]);
  return v && typeof v === 'object' && 'toJS' in v ? (v as { toJS(): unknown }).toJS() : v;
}

/** The rendered Markdown body (Decap's types leave the element type unresolved). */
function body(props: Props): ReactNode {
  const rendered: unknown = props.widgetFor('body');
  return rendered as ReactNode;
}

function text(props: Props, name: string): string | undefined {
  const v = value(props, [name]);
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}

function dateText(props: Props, name: string): string | undefined {
  const raw = value(props, [name]);
  if (!raw) return undefined;
  const date = new Date(raw as string);
  return Number.isNaN(date.getTime()) ? undefined : formatDate(date);
}

/** The article frame of every entry page: section crumb, title, facts, the body, then what follows it. */
function article(
  props: Props,
  section: string,
  facts: (string | undefined)[],
  header?: ReactNode,
  after?: ReactNode,
): ReactNode {
  const title = text(props, 'title') ?? '（未填写标题）';
  return h(
    'main',
    { id: 'main' },
    h(
      'article',
      { className: 'article' },
      h('nav', { 'aria-label': '面包屑', className: 'crumbs' }, `首页 › ${section} › ${title}`),
      h(
        'header',
        null,
        h('h1', null, title),
        h(
          'p',
          { className: 'facts' },
          facts.filter(Boolean).map((f) => h('span', { key: f }, f)),
        ),
        header,
      ),
      h('div', { className: 'prose' }, body(props)),
      after,
    ),
  );
}

/** Every select field's value, as the page shows category, kind, status… under the title. */
function selectFacts(props: Props, type: ContentType): (string | undefined)[] {
  return Object.entries(type.fields)
    .filter(([, def]) => def.kind === 'select')
    .map(([name]) => text(props, name));
}

/** Articles: news, research, policies, toolkits, pages and any type added later. */
export function articlePreview(type: ContentType): ComponentType<Props> {
  return function ArticlePreview(props: Props) {
    return article(props, type.label, [dateText(props, 'date'), ...selectFacts(props, type)]);
  };
}

/**
 * An uploaded image by its site path. Decap's `getAsset` dispatches (it starts loading
 * the file), so it is called in an effect, never while rendering; the effect runs after
 * every render because the preview re-renders when a file has loaded, and an upload not
 * yet published is only in the browser (a blob: URL) or on the review branch.
 */
function PreviewImage({
  getAsset,
  src,
  alt,
  className,
}: Pick<Props, 'getAsset'> & Record<'src' | 'alt' | 'className', string>) {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    const asset = getAsset(repoPathOf(src));
    // While the file loads, Decap hands out a placeholder named empty.svg.
    const next = asset.path === 'empty.svg' ? undefined : asset.url;
    if (next && next !== url) setUrl(next);
  });
  return url ? h('img', { className, src: url, alt }) : null;
}

/** A town story: author and place under the title, the cover with its alt text. */
export function storyPreview(type: ContentType): ComponentType<Props> {
  return function StoryPreview(props: Props) {
    const cover = value(props, ['cover']) as { src?: string; alt?: string } | undefined;
    const author = text(props, 'author');
    const role = text(props, 'authorRole');
    const place = h(
      'p',
      { className: 'place' },
      [text(props, 'province'), text(props, 'city'), text(props, 'town')]
        .filter(Boolean)
        .map((p) => h('span', { key: p }, p)),
    );
    const image = cover?.src
      ? h(
          'figure',
          { className: 'cover' },
          h(PreviewImage, { getAsset: props.getAsset, src: cover.src, alt: cover.alt ?? '', className: 'cover' }),
        )
      : null;
    return article(
      props,
      type.label,
      [dateText(props, 'date'), author ? `通讯员：${author}${role ? `（${role}）` : ''}` : undefined],
      h('div', null, place, image),
    );
  };
}

/** A heading and a list of lines, or nothing when there are no lines. */
function block(title: string, lines: (string | undefined)[]): ReactNode {
  const shown = lines.filter((l): l is string => Boolean(l));
  return shown.length
    ? h(
        'section',
        { key: title },
        h('h2', null, title),
        h(
          'ul',
          null,
          shown.map((l, i) => h('li', { key: i }, l)),
        ),
      )
    : null;
}

interface ForumData {
  programme?: { title?: string; description?: string; time?: string; room?: string; speakers?: string[] }[];
  venue?: { name?: string; address?: string };
  benefits?: string[];
  registration?: Record<string, string | number | undefined>;
  hotel?: {
    name?: string;
    rooms?: { type?: string; price?: number; note?: string }[];
    breakfastPrice?: number;
    notes?: string[];
  };
  notes?: string[];
  contacts?: { name?: string; phones?: string[] }[];
}

/** A forum edition as its page shows it: programme, benefits, fee and bank details, hotel, notes and contacts. */
export function forumPreview(type: ContentType): ComponentType<Props> {
  return function ForumPreview(props: Props) {
    const data = (value(props, []) ?? {}) as ForumData;
    const theme = text(props, 'theme');
    const reg = data.registration ?? {};
    const hotel = data.hotel;
    const header = h(
      'div',
      null,
      theme ? h('p', { className: 'theme' }, `主题：${theme}`) : null,
      data.venue?.address ? h('p', null, `地址：${data.venue.address}`) : null,
      h(
        'p',
        null,
        [
          text(props, 'host') && `主办：${text(props, 'host')}`,
          text(props, 'organizer') && `承办：${text(props, 'organizer')}`,
        ]
          .filter(Boolean)
          .join('　'),
      ),
    );
    const after = h(
      'div',
      null,
      block(
        '论坛内容',
        (data.programme ?? []).map((item) =>
          [item.time, item.title, item.description, item.speakers?.join('、'), item.room].filter(Boolean).join('　'),
        ),
      ),
      block('参会权益', data.benefits ?? []),
      block('报名与缴费', [
        reg['deadline'] ? `回执截止：${String(reg['deadline'])}` : undefined,
        reg['email'] ? `回执邮箱：${String(reg['email'])}` : undefined,
        reg['fee'] !== undefined
          ? `会议费：${String(reg['fee'])} 元/人${reg['feeNote'] ? `（${String(reg['feeNote'])}）` : ''}`
          : undefined,
        reg['bankName'] ? `开户银行：${String(reg['bankName'])}` : undefined,
        reg['accountName'] ? `户名：${String(reg['accountName'])}` : undefined,
        reg['accountNumber'] ? `账号：${String(reg['accountNumber'])}` : undefined,
      ]),
      hotel?.name
        ? block(`住宿：${hotel.name}`, [
            ...(hotel.rooms ?? []).map(
              (r) => `${r.type ?? ''} ${r.price ?? ''} 元/间·晚${r.note ? `（${r.note}）` : ''}`,
            ),
            hotel.breakfastPrice !== undefined ? `早餐 ${hotel.breakfastPrice} 元/位` : undefined,
            ...(hotel.notes ?? []),
          ])
        : null,
      block('参会须知', data.notes ?? []),
      block(
        '联系人',
        (data.contacts ?? []).map((c) => `${c.name ?? ''}：${(c.phones ?? []).join('，')}`),
      ),
    );
    return article(
      props,
      type.label,
      [dateText(props, 'date'), text(props, 'dayNote'), data.venue?.name],
      header,
      after,
    );
  };
}

interface FormSectionData {
  number?: string;
  title?: string;
  hint?: string;
  repeat?: boolean;
  fields?: { key?: string; label?: string; kind?: string; options?: string[]; required?: boolean; hint?: string }[];
}

/** Input types of the form's field kinds, as the online form uses them. */
const INPUT_TYPES: Readonly<Record<string, string>> = { 电话: 'tel', 邮箱: 'email', 日期: 'date', 数字: 'text' };

/** An online form: its introduction, then every section and field as the reader sees them (not sendable here). */
export function formPreview(type: ContentType): ComponentType<Props> {
  return function FormPreview(props: Props) {
    const sections = (value(props, ['sections']) as FormSectionData[] | undefined) ?? [];
    const form = h(
      'form',
      { className: 'preview-form', onSubmit: (e: { preventDefault(): void }) => e.preventDefault() },
      sections.map((section, i) =>
        h(
          'fieldset',
          { key: i },
          h('legend', null, [section.number, section.title].filter(Boolean).join(' ')),
          section.hint ? h('p', null, section.hint) : null,
          (section.fields ?? []).map((field, j) => {
            const label = `${field.label ?? ''}${field.required ? '（必填）' : ''}`;
            const input =
              field.kind === '单选'
                ? (field.options ?? []).map((o) =>
                    h('label', { key: o }, h('input', { type: 'radio', disabled: true }), o),
                  )
                : field.kind === '多行文字'
                  ? h('textarea', { disabled: true, rows: 2 })
                  : h('input', { type: INPUT_TYPES[field.kind ?? ''] ?? 'text', disabled: true });
            return h('div', { key: j }, h('label', null, label), input, field.hint ? h('p', null, field.hint) : null);
          }),
          section.repeat ? h('p', null, '（读者可以添加多行）') : null,
        ),
      ),
    );
    return article(props, type.label, [], undefined, form);
  };
}

/** Site settings: the header and footer as readers see them. */
export function settingsPreview(): ComponentType<Props> {
  return function SettingsPreview(props: Props) {
    const nav = (value(props, ['nav']) as { label?: string; href?: string }[] | undefined) ?? [];
    const contact = value(props, ['contact']) as { person?: string; phones?: string[]; email?: string } | undefined;
    return h(
      'div',
      null,
      h(
        'header',
        { className: 'site-header' },
        h('strong', null, text(props, 'siteName') ?? ''),
        h(
          'nav',
          null,
          nav.map((item, i) => h('a', { key: i, href: item.href }, item.label)),
        ),
      ),
      h('main', { id: 'main' }, h('p', null, text(props, 'description') ?? '')),
      h(
        'footer',
        { className: 'site-footer' },
        h('p', null, text(props, 'publisher') ?? ''),
        contact
          ? h(
              'p',
              null,
              `联系人：${contact.person ?? ''}　电话：${(contact.phones ?? []).join('，')}　邮箱：${contact.email ?? ''}`,
            )
          : null,
        h('p', null, text(props, 'footerNote') ?? ''),
      ),
    );
  };
}

/**
 * The preview template of each content type, keyed by Decap template name
 * (the collection name, or the file name for single-file types).
 */
export function previewTemplates(types: readonly ContentType[]): Record<string, ComponentType<Props>> {
  const out: Record<string, ComponentType<Props>> = {};
  for (const type of types) {
    // Decap registers a single-file type's preview under the file's name (`site` for settings/site.json).
    if (type.file) out[singleFileId(type.file)] = settingsPreview();
    else if (type.name === 'stories') out[type.name] = storyPreview(type);
    else if (type.name === 'forum') out[type.name] = forumPreview(type);
    else if (type.name === 'forms') out[type.name] = formPreview(type);
    else out[type.name] = articlePreview(type);
  }
  return out;
}
