import { htmlToHast } from 'satteri';
import type { Element, Root, RootContent } from 'hast';

/**
 * Every element of an HTML document, in document order, parsed by a real HTML
 * parser (Sätteri's html5ever) rather than by regular expressions, so that
 * checks see the page the way a browser does. Template contents are included.
 * @example htmlElements('<p><a href="/x/">x</a></p>').map((e) => e.tagName) // ['html', 'head', 'body', 'p', 'a']
 */
export function htmlElements(html: string): Element[] {
  const out: Element[] = [];
  const walk = (nodes: readonly (Root | RootContent)[]) => {
    for (const node of nodes) {
      if (node.type === 'element') {
        out.push(node);
        walk(node.children);
        if (node.content) walk(node.content.children);
      } else if (node.type === 'root') walk(node.children);
    }
  };
  walk([htmlToHast(html)]);
  return out;
}
