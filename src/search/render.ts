import { formatDate } from '../lib/format-date.ts';
import { excerptParts } from './excerpt.ts';
import type { PagefindResultData } from './pagefind-api.ts';

/** `el('p', { class: 'x' }, 'text', child)`: DOM building without HTML strings. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

/** One result: linked title, section and date, excerpt with the matched words marked. */
export function resultItem(data: PagefindResultData): HTMLLIElement {
  const title = data.meta.title?.trim() || data.url;
  const meta = el('p', { class: 'result-meta' });
  if (data.meta.section) meta.append(el('span', {}, data.meta.section));
  if (data.meta.date) {
    // The index stores Beijing calendar dates (YYYY-MM-DD).
    meta.append(el('time', { datetime: data.meta.date }, formatDate(new Date(`${data.meta.date}T12:00:00+08:00`))));
  }
  const excerpt = el('p', { class: 'result-excerpt' });
  for (const part of excerptParts(data.excerpt)) excerpt.append(part.mark ? el('mark', {}, part.text) : part.text);
  return el('li', { class: 'result' }, el('h3', {}, el('a', { href: data.url }, title)), meta, excerpt);
}

/** A titled group of results (exact phrase matches, wider matches). */
export function resultGroup(id: string, heading: string): { section: HTMLElement; list: HTMLOListElement } {
  const list = el('ol', { class: 'result-list' });
  const section = el('section', { 'aria-labelledby': id }, el('h2', { id }, heading), list);
  return { section, list };
}

/** 「特色小镇」「回执」 */
export function quoted(phrases: readonly string[]): string {
  return phrases.map((p) => `「${p}」`).join('');
}
