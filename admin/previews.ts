/**
 * Preview templates: what an entry will look like on the live site, drawn with the
 * site's own stylesheet (registered in admin/cms.ts) and the same structure and class
 * names as `ArticleLayout.astro`, `StoryPlace.astro` and the forum page.
 *
 * Written with `createElement` rather than JSX so the admin needs no JSX build setup.
 */
import { QUESTIONNAIRE_FIELD } from '../src/schemas/profile.ts';
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import { createElement as h, Fragment, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { forumFacts, type FactPart, type ForumInfo } from '../src/forum/facts.ts';
import { calendarLink, REPLY_CLOSED, stateNotice, type StateNotice } from '../src/forum/state-notice.ts';
import { entryUrl } from '../src/lib/entry-url.ts';
import { formatDate, isoDate } from '../src/lib/format-date.ts';
import { telHref } from '../src/lib/tel-href.ts';
import type { FacetProject, projectFacets } from '../src/library/facets.ts';
import { singleFileId, type ContentType, type InferCmsData } from '../src/schemas/fields.ts';
import type { forms } from '../src/schemas/form.ts';
import type { forum } from '../src/schemas/forum.ts';
import type { industries } from '../src/schemas/industries.ts';
import type { settings } from '../src/schemas/settings.ts';
import type { stories } from '../src/schemas/story.ts';
import { repoPathOf } from './repo-assets.ts';

type Props = PreviewTemplateComponentProps;

/** A value of the entry's data as plain JavaScript. */
function value(props: Props, path: string[]): unknown {
  const v = props.entry.getIn(['data', ...path]);
  return v && typeof v === 'object' && 'toJS' in v ? (v as { toJS(): unknown }).toJS() : v;
}

/** The entry as the editor has filled it in so far, typed from its definition's fields. */
function entryData<T extends { fields: unknown }>(props: Props): InferCmsData<T['fields']> {
  return (value(props, []) ?? {}) as InferCmsData<T['fields']>;
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
  before?: ReactNode,
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
      h('div', { className: 'prose' }, before, body(props)),
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
function articlePreview(type: ContentType): ComponentType<Props> {
  return function ArticlePreview(props: Props) {
    return article(props, type.label, [dateText(props, 'date'), ...selectFacts(props, type)]);
  };
}

/**
 * An entry without a body (a town's industry profile): its filled-in text and choice fields as a
 * list under the town's name; a field left empty is not shown, as on the site.
 */
export function fieldsPreview(type: ContentType): ComponentType<Props> {
  return function FieldsPreview(props: Props) {
    const rows = Object.entries(type.fields)
      // The pending questionnaire import is no field of the page.
      .filter(([name, def]) => name !== QUESTIONNAIRE_FIELD && ['string', 'text', 'select'].includes(def.kind))
      .map(([name, def]) => [def.label, text(props, name)] as const)
      .filter(([, v]) => v);
    const title = [text(props, 'town'), type.labelSingular].filter(Boolean).join(' · ');
    return h(
      'main',
      { id: 'main' },
      h(
        'article',
        { className: 'article' },
        h('h1', null, title),
        h(
          'dl',
          null,
          rows.map(([label, v]) => [h('dt', { key: `t${label}` }, label), h('dd', { key: `d${label}` }, v)]),
        ),
      ),
    );
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
function storyPreview(type: ContentType): ComponentType<Props> {
  return function StoryPreview(props: Props) {
    const { cover } = entryData<typeof stories>(props);
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

/** A forum edition as the editor has filled it in so far. */
type ForumData = InferCmsData<(typeof forum)['fields']>;

/** A date field's value as the build reads it (`z.coerce.date`), or undefined when not a date yet. */
function dateOf(raw: unknown): Date | undefined {
  if (typeof raw !== 'string' && !(raw instanceof Date)) return undefined;
  const date = new Date(raw);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * The edition as the page's helpers read it (src/forum/facts.ts), with what is not filled in
 * yet left empty; undefined until the forum day and the reply deadline are real dates.
 */
function forumInfo(data: ForumData): ForumInfo | undefined {
  const date = dateOf(data.date);
  const deadline = dateOf(data.registration?.deadline);
  if (!date || !deadline) return undefined;
  const r = data.registration ?? {};
  return {
    date,
    dayNote: data.dayNote,
    checkInDate: dateOf(data.checkInDate),
    checkInNote: data.checkInNote,
    venue: { name: data.venue?.name ?? '', address: data.venue?.address },
    registration: { fee: r.fee ?? 0, feeNote: r.feeNote, deadline, email: r.email ?? '' },
    contacts: (data.contacts ?? []).map((c) => ({ name: c.name ?? '', phones: c.phones ?? [] })),
    theme: data.theme ?? '',
    host: data.host ?? '',
    organizer: data.organizer ?? '',
  };
}

/** A piece of a fact as ForumFacts.astro draws it (phones as call links, the mailbox as a mail link). */
function factPart(part: FactPart, key: number): ReactNode {
  switch (part.kind) {
    case 'date':
      return h('time', { key, dateTime: isoDate(part.date) }, formatDate(part.date));
    case 'link':
      return h('a', { key, href: part.href }, part.text);
    case 'email':
      return h('a', { key, href: `mailto:${part.email}` }, part.email);
    case 'contact':
      return h(
        'span',
        { key, className: 'contact' },
        `${part.name} `,
        part.phones.map((p, i) => [i > 0 ? ' / ' : null, h('a', { key: p, href: telHref(p) }, p)]),
      );
    case 'text':
      return part.text;
  }
}

/** Registration state as ForumState.astro words it (src/forum/state-notice.ts), as of today. */
function stateBox(notice: StateNotice, registerHref: string, record: boolean): ReactNode {
  return h(
    'div',
    { className: `state ${notice.state}`, 'data-forum-state': notice.state },
    h(
      'p',
      null,
      h('strong', null, notice.lead),
      notice.rest,
      notice.state === 'open' ? h('a', { className: 'cta', href: registerHref }, '在线填写回执表') : null,
    ),
    record && notice.record ? h('p', { className: 'record' }, notice.record) : null,
  );
}

/**
 * A forum edition as its page shows it, state as of today: the facts box, the calendar link
 * until the forum day, the registration state, programme, benefits, the body, then fee and
 * bank details, hotel, notes and contacts. The facts, the state and the calendar link come
 * from the page's own helpers (src/forum/).
 */
function forumPreview(type: ContentType): ComponentType<Props> {
  return function ForumPreview(props: Props) {
    const data: ForumData = entryData<typeof forum>(props);
    const info = forumInfo(data);
    const slug = props.entry.get('slug') as string | undefined;
    // A new edition has no file name yet: its definition's fileName ({{year}}) will give it the year.
    const base = entryUrl(type.name, slug || (data.date ?? '').slice(0, 4), [type]);
    const notice = info && stateNotice(info);
    const reg = data.registration ?? {};
    const hotel = data.hotel;
    const calendar = notice && calendarLink(base, notice.state, data.checkInNote);
    const header = h(
      'div',
      { className: 'forum-header' },
      info && notice
        ? h(
            'dl',
            { className: 'forum-facts' },
            forumFacts(info, notice.state, `${base}register/`).map((fact) => [
              h('dt', { key: `${fact.term}-t` }, fact.term),
              h('dd', { key: `${fact.term}-d` }, fact.parts.map(factPart)),
            ]),
          )
        : h('p', null, '（填写召开日期和回执截止日期后，这里显示与网页相同的要点和报名状态）'),
      data.topicUrl ? h('p', null, '论坛专题网址：', h('a', { href: data.topicUrl }, data.topicUrl)) : null,
      calendar
        ? h(
            'p',
            { className: 'calendar' },
            h('a', { href: calendar.href }, calendar.text),
            h('span', null, calendar.note),
          )
        : null,
    );
    const before = h(
      'div',
      null,
      notice ? stateBox(notice, `${base}register/`, true) : null,
      block(
        '论坛内容',
        (data.programme ?? []).map((item) =>
          [
            item.title,
            [item.time, item.room].filter(Boolean).join(' · '),
            item.description,
            item.speakers?.length ? `嘉宾：${item.speakers.join('、')}` : undefined,
          ]
            .filter(Boolean)
            .join('　'),
        ),
      ),
      block('参会权益', data.benefits ?? []),
    );
    const open = notice?.state === 'open';
    const deadline = dateOf(reg.deadline);
    const after = h(
      'div',
      null,
      block(open ? '报名与缴费' : '报名与缴费（本届记录）', [
        deadline ? `回执截止：${formatDate(deadline)}` : undefined,
        reg.email ? `回执邮箱：${reg.email}` : undefined,
        reg.fee !== undefined ? `会议费：${reg.fee} 元/人${reg.feeNote ? `（${reg.feeNote}）` : ''}` : undefined,
        reg.bankName ? `开户银行：${reg.bankName}` : undefined,
        reg.accountName ? `户名：${reg.accountName}` : undefined,
        reg.accountNumber ? `账号：${reg.accountNumber}` : undefined,
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
        (data.contacts ?? []).map((c) => `${c.name ?? ''}：${(c.phones ?? []).join(' / ')}`),
      ),
    );
    return article(
      props,
      type.label,
      [data.edition !== undefined ? `第 ${data.edition} 届` : undefined],
      header,
      after,
      before,
    );
  };
}

/** One part of an online form as the editor has filled it in so far. */
type FormSectionData = NonNullable<InferCmsData<(typeof forms)['fields']>['sections']>[number];

/** Input types of the form's field kinds, as the online form uses them. */
const INPUT_TYPES: Readonly<Record<string, string>> = { 电话: 'tel', 邮箱: 'email', 日期: 'date', 数字: 'text' };

/** The form itself, every section and field as the reader sees them (not sendable here). */
function formFields(sections: FormSectionData[]): ReactNode {
  return h(
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
}

type GetCollection = (name: string) => Promise<{ get(key: 'data'): unknown }[]>;

/** Published entries the backend did not give (a network or permission error). */
const UNREAD = 'unread';

/**
 * The data of a collection's entries as Decap has them published (hidden ones included), read
 * once; undefined while they load, or when not `wanted`; UNREAD when the backend did not answer.
 */
function usePublishedData<D>(props: Props, collection: string, wanted = true): D[] | typeof UNREAD | undefined {
  const getCollection = (props as unknown as { getCollection?: GetCollection }).getCollection;
  const [entries, setEntries] = useState<D[] | typeof UNREAD>();
  useEffect(() => {
    if (!wanted || !getCollection) return;
    let live = true;
    getCollection(collection).then(
      (found) => {
        const data = found.map((e) => {
          const d = e.get('data') as { toJS?: () => D } | undefined;
          return d?.toJS ? d.toJS() : ((d ?? {}) as D);
        });
        if (live) setEntries(data);
      },
      () => {
        if (live) setEntries(UNREAD);
      },
    );
    return () => {
      live = false;
    };
  }, [getCollection, collection, wanted]);
  return entries;
}

/**
 * The newest forum edition (by its day) as the page's helpers read it, from Decap's copy of
 * the published entries; undefined while it loads, null when there is none, UNREAD when the
 * backend did not give them.
 */
function useNewestEdition(props: Props, wanted: boolean): ForumInfo | null | typeof UNREAD | undefined {
  const editions = usePublishedData<ForumData>(props, 'forum', wanted);
  if (!editions || editions === UNREAD) return editions;
  const infos = editions.map(forumInfo).filter((f): f is ForumInfo => f !== undefined);
  return infos.sort((a, b) => b.date.getTime() - a.date.getTime())[0] ?? null;
}

/**
 * An online form as the reader finds it. A form for each forum edition (the reply form) is
 * shown as the newest edition's reply page shows it today: once registration has closed,
 * readers see its state and whom to call, not the form (register.astro, with the same helper).
 */
function formPreview(type: ContentType): ComponentType<Props> {
  return function FormPreview(props: Props) {
    const sections = (value(props, ['sections']) as FormSectionData[] | undefined) ?? [];
    const perEdition = value(props, ['perEdition']) === true;
    const edition = useNewestEdition(props, perEdition);
    const notice = edition && edition !== UNREAD ? stateNotice(edition) : undefined;
    const shown =
      !perEdition || edition === null
        ? formFields(sections)
        : edition === UNREAD
          ? h(
              Fragment,
              null,
              h('p', null, '（读不到已发布的论坛届次，不知道报名是否已截止；下面是表单本身）'),
              formFields(sections),
            )
          : !notice
            ? h('p', null, '（正在读取论坛的报名状态…）')
            : notice.state === 'open'
              ? h(Fragment, null, stateBox(notice, '#form-title', false), formFields(sections))
              : h(
                  Fragment,
                  null,
                  stateBox(notice, '#form-title', false),
                  h(
                    'p',
                    { className: 'closed', 'data-registration-closed': '' },
                    REPLY_CLOSED,
                    (edition as ForumInfo).contacts.map((c, i) => [
                      i > 0 ? '；' : null,
                      `${c.name} `,
                      c.phones.map((p, j) => [j > 0 ? ' / ' : null, h('a', { key: p, href: telHref(p) }, p)]),
                    ]),
                    '。',
                  ),
                );
    return article(props, type.label, [], undefined, h('div', null, shown));
  };
}

/** What the catalogue's grouping reads of a published project, and its switch that hides it. */
type PublishedProject = FacetProject['data'] & { draft?: boolean };

/**
 * The list of industries as the project catalogue offers it (FacetNav.astro): under 按产业 each
 * category that published projects name, with their count, grouped by the catalogue's own
 * `projectFacets` over Decap's copy of the published projects; then the categories no project
 * names yet, which the catalogue leaves out. The grouping (and the pinyin of its URLs) loads
 * with the first industries preview, not with the CMS.
 */
function industriesPreview(): ComponentType<Props> {
  return function IndustriesPreview(props: Props) {
    const names = (entryData<typeof industries>(props).industries ?? []).filter((n): n is string => Boolean(n));
    const projects = usePublishedData<PublishedProject>(props, 'projects');
    const [group, setGroup] = useState<{ facets: typeof projectFacets }>();
    useEffect(() => {
      void import('../src/library/facets.ts').then((m) => setGroup({ facets: m.projectFacets }));
    }, []);
    if (projects === UNREAD) return h('p', null, '（读不到已发布的招商项目，无法显示招商项目页的产业列表）');
    if (!projects || !group) return h('p', null, '（正在读取已发布的招商项目…）');
    const shown = projects.filter((p) => p.draft !== true).map((data) => ({ data }));
    const offered = group.facets(shown, names).industries;
    const unused = names.filter((n) => !offered.some((f) => f.name === n));
    return h(
      'main',
      { id: 'main' },
      h(
        'nav',
        { className: 'facets', 'aria-label': '浏览招商项目' },
        h('h2', null, '按产业'),
        offered.length
          ? h(
              'ul',
              null,
              offered.map((f) =>
                h('li', { key: f.slug }, h('a', { href: f.url }, `${f.name}（${f.projects.length}）`)),
              ),
            )
          : h('p', null, '（还没有已发布的招商项目：招商项目页不列出产业类别）'),
      ),
      unused.length ? h('p', { className: 'facts' }, `还没有项目、招商项目页不列出：${unused.join('、')}`) : null,
    );
  };
}

/** Site settings: the header and footer as readers see them. */
function settingsPreview(): ComponentType<Props> {
  return function SettingsPreview(props: Props) {
    const { nav = [], contact } = entryData<typeof settings>(props);
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

/** The previews a definition may name in `display.preview`. */
const PREVIEWS = {
  story: storyPreview,
  forum: forumPreview,
  form: formPreview,
  industries: industriesPreview,
} as const;

/**
 * The preview template of each content type, keyed by Decap template name
 * (the collection name, or the file name for single-file types).
 */
export function previewTemplates(types: readonly ContentType[]): Record<string, ComponentType<Props>> {
  const out: Record<string, ComponentType<Props>> = {};
  for (const type of types) {
    const preview = type.display?.preview;
    const template = (
      preview ? PREVIEWS[preview] : type.file ? settingsPreview : type.body ? articlePreview : fieldsPreview
    )(type);
    // Decap registers a single-file type's preview under the file's name (`site` for settings/site.json).
    out[type.file ? singleFileId(type.file) : type.name] = template;
  }
  return out;
}
