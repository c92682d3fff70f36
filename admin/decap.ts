/**
 * Decap with only the pieces this site uses, in place of `decap-cms-app`, which registers
 * every backend, widget and locale Decap has (decap-cms-app/dist/esm/extensions.js does the
 * same as this file, for all of them). The ones left out were about a third of the code
 * /admin/ parsed and ran before showing its login screen: the map widget (OpenLayers), the
 * rich-text widget (Plate), the code widget (CodeMirror), the colour and uuid widgets, the
 * Azure, Bitbucket, Git Gateway, Gitea, AWS Cognito and test backends, and 30 translations
 * (`npm run bench` reports what /admin/ loads and how long it takes to start).
 *
 * Kept: the backends admin/decap-config.ts can write (github, gitlab, forgejo) and `proxy`,
 * which Decap uses for a local decap-server (`npm run cms`), each with the save checks of
 * admin/guarded-backend.ts; the widgets the schemas compile
 * to (src/schemas/to-decap.ts), with our own date field (admin/date-widget.ts) in place of
 * Decap's `datetime`; the markdown body's image button; Chinese, over English
 * (Decap fills any phrase missing in Chinese from `en`). Without the code widget, a code
 * block in the markdown editor is plain editable text (the markdown widget's own fallback)
 * instead of a CodeMirror box. tests/unit/admin/decap.test.ts fails when the generated
 * configuration names a widget or backend not registered here.
 */
import { DecapCmsCore as CMS, type CmsWidgetParam } from 'decap-cms-core';
import { ForgejoBackend } from 'decap-cms-backend-forgejo';
import { GitHubBackend } from 'decap-cms-backend-github';
import { GitLabBackend } from 'decap-cms-backend-gitlab';
import { ProxyBackend } from 'decap-cms-backend-proxy';
import image from 'decap-cms-editor-component-image';
import { en, zh_Hans } from 'decap-cms-locales';
import DecapCmsWidgetBoolean from 'decap-cms-widget-boolean';
import DecapCmsWidgetFile from 'decap-cms-widget-file';
import DecapCmsWidgetImage from 'decap-cms-widget-image';
import DecapCmsWidgetList from 'decap-cms-widget-list';
import DecapCmsWidgetMarkdown from 'decap-cms-widget-markdown';
import DecapCmsWidgetNumber from 'decap-cms-widget-number';
import DecapCmsWidgetObject from 'decap-cms-widget-object';
import DecapCmsWidgetSelect from 'decap-cms-widget-select';
import DecapCmsWidgetString from 'decap-cms-widget-string';
import DecapCmsWidgetText from 'decap-cms-widget-text';
import { DateWidget } from './date-widget.ts';
import { guardSaves } from './guarded-backend.ts';
import { showSaveConflict } from './save-conflict-dialog.ts';
import type { DECAP_BACKENDS, DECAP_WIDGETS } from './decap-parts.ts';

// Typed by the lists in decap-parts.ts (which the unit test reads): a name missing here, or
// one too many, does not compile.
const backends: Record<(typeof DECAP_BACKENDS)[number], unknown> = {
  github: guardSaves(GitHubBackend, showSaveConflict),
  gitlab: guardSaves(GitLabBackend, showSaveConflict),
  forgejo: guardSaves(ForgejoBackend, showSaveConflict),
  proxy: guardSaves(ProxyBackend, showSaveConflict),
};
const widgets: Record<(typeof DECAP_WIDGETS)[number], { Widget: () => CmsWidgetParam }> = {
  boolean: DecapCmsWidgetBoolean,
  date: DateWidget,
  file: DecapCmsWidgetFile,
  image: DecapCmsWidgetImage,
  list: DecapCmsWidgetList,
  markdown: DecapCmsWidgetMarkdown,
  number: DecapCmsWidgetNumber,
  object: DecapCmsWidgetObject,
  select: DecapCmsWidgetSelect,
  string: DecapCmsWidgetString,
  text: DecapCmsWidgetText,
};

for (const [name, backend] of Object.entries(backends)) CMS.registerBackend(name, backend);
for (const widget of Object.values(widgets)) CMS.registerWidget(widget.Widget());
// The body's image component, labelled in Chinese: Decap labels it and its fields in code
// ("Image", "Alt Text", "Title"). The alt text is named as the cover's is.
const IMAGE_LABELS: Readonly<Record<string, string>> = {
  image: '图片',
  alt: '图片说明（替代文字）',
  title: '悬停提示（可选）',
};
CMS.registerEditorComponent({
  ...image,
  label: '图片',
  fields: (image.fields ?? []).map((field) =>
    'name' in field ? { ...field, label: IMAGE_LABELS[field.name] ?? field.label } : field,
  ),
});
CMS.registerLocale('en', en);
CMS.registerLocale('zh_Hans', zh_Hans);

export default CMS;
