import { formatDate } from '../lib/format-date.ts';
import { excerptParts } from './excerpt.ts';
import { excerptAround } from './snippet.ts';
import { markTerms } from './mark-terms.ts';
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

/** Where a result is: its section, and what kind of page when there is more than one per entry (在线填写). */
function where(data: PagefindResultData): string {
  return [data.meta.section, data.meta.kind].filter(Boolean).join(' · ');
}

/**
 * One result: linked title, section and date, an excerpt from a sentence or word boundary with the
 * typed terms marked whole (`terms`: src/search/highlight-terms.ts). `near`: more words to find the
 * excerpt by where the page lacks the terms (the query's words, src/search/words.ts); never marked.
 */
export function resultItem(
  data: PagefindResultData,
  terms: readonly string[],
  near: readonly string[] = [],
): HTMLLIElement {
  const title = data.meta.title?.trim() || data.url;
  const meta = el('p', { class: 'result-meta' });
  if (data.meta.section) meta.append(el('span', {}, where(data)));
  if (data.meta.date) {
    // The index stores Beijing calendar dates (YYYY-MM-DD).
    meta.append(el('time', { datetime: data.meta.date }, formatDate(new Date(`${data.meta.date}T12:00:00+08:00`))));
  }
  const text = data.content
    ? excerptAround(data.content, [...terms, ...near])
    : excerptParts(data.excerpt)
        .map((p) => p.text)
        .join('');
  const excerpt = el('p', { class: 'result-excerpt' });
  for (const part of markTerms(text, terms)) excerpt.append(part.mark ? el('mark', {}, part.text) : part.text);
  const heading = el('h3', {}, el('a', { href: data.url }, title));
  return el('li', { class: 'result', 'data-title': title, 'data-where': where(data) }, heading, meta, excerpt);
}

/**
 * Results that share a title (an entry and its online form, a toolkit and the forum's reply form) say
 * in the title itself where each is from, so the reader can tell them apart before reading on.
 */
export function labelSameTitles(results: HTMLElement): void {
  const items = [...results.querySelectorAll<HTMLLIElement>('li.result')];
  const count = new Map<string, number>();
  for (const li of items) count.set(li.dataset['title'] ?? '', (count.get(li.dataset['title'] ?? '') ?? 0) + 1);
  for (const li of items) {
    const whereText = li.dataset['where'];
    if ((count.get(li.dataset['title'] ?? '') ?? 0) < 2 || !whereText || li.querySelector('.result-where')) continue;
    li.querySelector('h3 a')?.append(' ', el('span', { class: 'result-where' }, `（${whereText}）`));
  }
}

/** A titled group of results (exact phrase matches, wider matches). */
export function resultGroup(
  id: string,
  heading: string,
  /** One list only: the heading is for screen readers, the results start higher on a phone. */
  single = false,
): { section: HTMLElement; list: HTMLOListElement } {
  const list = el('ol', { class: 'result-list' });
  const section = el(
    'section',
    { 'aria-labelledby': id },
    el('h2', single ? { id, class: 'visually-hidden' } : { id }, heading),
    list,
  );
  return { section, list };
}

/** 「特色小镇」「回执」 */
export function quoted(phrases: readonly string[]): string {
  return phrases.map((p) => `「${p}」`).join('');
}
