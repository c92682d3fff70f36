/**
 * The Markdown body refuses, at the field and before saving, what the build refuses in a
 * body: an image without alt text (`![](/uploads/…)`, or 添加组件 → 图片 with the alt text
 * left empty). Before, such a body was saved and the next build stopped on it.
 *
 * The check is the build's own (src/content-checks/body-problems.ts) over the syntax tree of
 * mdast-util-from-markdown, the parser Decap's bundle already carries. Whether an upload
 * exists is left to the build: an upload not yet published is on the entry's branch only.
 */
import fromMarkdown from 'mdast-util-from-markdown';
import type { Nodes } from 'mdast';
import { Component, createElement as h, type ComponentType } from 'react';
import { bodyProblems } from '../src/content-checks/body-problems.ts';
import { innermostWith } from './inner-validity.ts';

/**
 * The body's problems as one message for its field, or undefined when there are none.
 * @example bodyMessage('正文\n\n![](/uploads/a.png)') // '正文：第 3 行的图片 /uploads/a.png 缺少替代文字；…'
 */
export function bodyMessage(markdown: unknown): string | undefined {
  if (typeof markdown !== 'string' || !markdown.includes('![')) return undefined;
  const problems = bodyProblems(fromMarkdown(markdown) as unknown as Nodes, () => true);
  return problems.length ? `正文：${problems.map((p) => p.message).join('；')}` : undefined;
}

/** The markdown control, whose validity also says what `bodyMessage` says. */
export function withBodyCheck<P extends { value?: unknown }>(Control: ComponentType<P>): ComponentType<P> {
  return class BodyCheckedControl extends Component<P> {
    #inner: unknown = null;
    readonly #setInner = (instance: unknown) => {
      this.#inner = instance;
    };
    getWrappedInstance(): unknown {
      return innermostWith(this.#inner, () => {
        const message = bodyMessage(this.props.value);
        return message ? { error: { type: 'CUSTOM', message } } : true;
      });
    }
    override render() {
      return h(Control, { ...this.props, ref: this.#setInner });
    }
  };
}
