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

/** The article frame of every entry page: section crumb, title, facts, then the body. */
function article(props: Props, section: string, facts: (string | undefined)[], header?: ReactNode): ReactNode {
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

/** A forum edition: theme, date, venue and the programme, then the invitation text. */
export function forumPreview(type: ContentType): ComponentType<Props> {
  return function ForumPreview(props: Props) {
    const programme = (value(props, ['programme']) as { title?: string; description?: string }[] | undefined) ?? [];
    const venue = value(props, ['venue']) as { name?: string } | undefined;
    const theme = text(props, 'theme');
    const header = h(
      'div',
      null,
      theme ? h('p', { className: 'theme' }, `主题：${theme}`) : null,
      programme.length
        ? h(
            'ol',
            { className: 'programme' },
            programme.map((item, i) =>
              h('li', { key: i }, h('strong', null, item.title ?? ''), item.description ? `：${item.description}` : ''),
            ),
          )
        : null,
    );
    return article(props, type.label, [dateText(props, 'date'), text(props, 'dayNote'), venue?.name], header);
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
    else out[type.name] = articlePreview(type);
  }
  return out;
}
