/**
 * The Markdown body's toolbar with the code block named in Chinese. Decap's markdown
 * widget adds the code block to the 添加组件 menu itself, labelled "Code Block" in English
 * (decap-cms-widget-markdown, MarkdownControl/VisualEditor.js), outside any phrase book.
 * Put in place of the widget's own `./Toolbar` by a Vite alias (admin/decap-aliases.ts);
 * the original is imported by its file path, which the alias does not match.
 */
import { createElement as h, type ComponentType } from 'react';
import DecapToolbar from 'decap-cms-widget-markdown/dist/esm/MarkdownControl/Toolbar.js';

/** What Decap's toolbar lists in its 添加组件 menu: editor components by id. */
interface Plugins {
  map(f: (plugin: { label?: string; type?: string }) => unknown): Plugins;
}

const Toolbar = DecapToolbar as ComponentType<{ plugins: Plugins | undefined }>;

/** Labels Decap sets in code, by editor component type. */
const LABELS: Readonly<Record<string, string>> = { 'code-block': '代码块' };

export default function MarkdownToolbar(props: { plugins: Plugins | undefined }) {
  const plugins = props.plugins?.map((plugin) =>
    plugin.type && LABELS[plugin.type] ? { ...plugin, label: LABELS[plugin.type] } : plugin,
  );
  return h(Toolbar, { ...props, plugins });
}
