/**
 * Sätteri hast plugin: Markdown content is untrusted (correspondents write it,
 * editors paste into it), so nothing in it may become markup the author did not
 * get from Markdown syntax itself.
 *
 * - Raw HTML (`<script>`, `<img onerror>`, `<iframe srcdoc>`, `<svg onload>`…) is
 *   ESCAPED: it is shown as literal text. We escape rather than delete so the
 *   editor reviewing a story sees what the correspondent pasted and can fix it;
 *   silently dropping text would hide both mistakes and attacks.
 * - HTML comments are removed: they are notes, not content, and never shown.
 * - Links and images whose URL has a scheme other than http(s) (plus mailto/tel
 *   for links) lose the URL: a link becomes its text, an image its alt text.
 *
 * Sätteri keeps raw HTML as `raw` hast nodes as long as `features.rawHtml` is
 * false (astro.config.mjs pins it), so this sees every byte of raw HTML.
 */
import type { HastPluginDefinition } from 'satteri';
import { isSafeUrl } from './safe-url.ts';

const COMMENT = /^<!--[\s\S]*?-->\s*$/;

export const untrustedHtml: HastPluginDefinition = {
  name: 'untrusted-html',
  raw(node, ctx) {
    if (COMMENT.test(node.value)) return ctx.removeNode(node);
    const text = { type: 'text' as const, value: node.value };
    // Block-level HTML sits directly under the root; keep it a paragraph of its own.
    const block = ctx.parent(node)?.type === 'root';
    ctx.replaceNode(node, block ? { type: 'element', tagName: 'p', properties: {}, children: [text] } : text);
  },
  element: [
    {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties['href'];
        if (typeof href === 'string' && !isSafeUrl(href, 'link')) ctx.replaceNode(node, node.children);
      },
    },
    {
      filter: ['img'],
      visit(node, ctx) {
        const src = node.properties['src'];
        if (typeof src === 'string' && !isSafeUrl(src, 'image')) {
          const alt = node.properties['alt'];
          ctx.replaceNode(node, { type: 'text', value: typeof alt === 'string' ? alt : '' });
        }
      },
    },
  ],
};
