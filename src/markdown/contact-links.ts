/**
 * Sätteri hast plugin: every phone number in Markdown text becomes a `tel:` link (the pages keep
 * `format-detection: telephone=no`, so phones link only what we mark, never account or ID numbers),
 * every `mailto:` link gets a copy button, shown by the site script, for phones without a mail
 * app and for WeChat, which often blocks mailto:; and every link to a file to download is followed by
 * how to go on in WeChat, with its full address to copy (`site`: the public address, SITE_URL).
 */
import type { Element, Parents as HastParents, Text } from 'hast';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';
import { telHref } from '../lib/tel-href.ts';
import { DOWNLOAD_FILE, WECHAT_DOWNLOAD_HINT } from '../lib/wechat-hint.ts';
import { splitPhones } from './phone-numbers.ts';

function insideLink(node: Readonly<Text>, ctx: HastVisitorContext): boolean {
  let p: Readonly<HastParents> | undefined = ctx.parent(node);
  while (p?.type === 'element') {
    if (p.tagName === 'a' || p.tagName === 'code' || p.tagName === 'pre') return true;
    p = ctx.parent(p);
  }
  return false;
}

function wechatHint(url: string): Element {
  return {
    type: 'element',
    tagName: 'span',
    // Page furniture, not content: kept out of the search index.
    properties: { className: ['wechat-hint'], dataWechatHint: '', dataPagefindIgnore: '' },
    children: [
      { type: 'text', value: WECHAT_DOWNLOAD_HINT },
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['copyable'] },
        children: [{ type: 'text', value: url }],
      },
    ],
  };
}

/** The plugin for a site published at `site` (absolute download addresses in the WeChat hint). */
export const contactLinks = (site: string): HastPluginDefinition => ({
  name: 'contact-links',
  text(node, ctx) {
    const parts = splitPhones(node.value);
    if (!parts.some((p) => p.phone) || insideLink(node, ctx)) return;
    ctx.replaceNode(
      node,
      parts.map((p): Text | Element =>
        p.phone
          ? {
              type: 'element',
              tagName: 'a',
              properties: { href: telHref(p.text) },
              children: [{ type: 'text', value: p.text }],
            }
          : { type: 'text', value: p.text },
      ),
    );
  },
  element: {
    filter: ['a'],
    visit(node, ctx) {
      const href = node.properties['href'];
      if (typeof href !== 'string') return;
      if (DOWNLOAD_FILE.test(href)) {
        ctx.insertAfter(node, wechatHint(decodeURI(new URL(href, site).href)));
        return;
      }
      if (!href.toLowerCase().startsWith('mailto:')) return;
      const address = decodeURIComponent(href.slice('mailto:'.length).split('?')[0] ?? '');
      ctx.insertAfter(node, {
        type: 'element',
        tagName: 'button',
        properties: {
          type: 'button',
          className: ['copy-button'],
          dataCopy: address,
          dataPagefindIgnore: '',
          ariaLabel: '复制邮箱',
          hidden: true,
        },
        children: [{ type: 'text', value: '复制' }],
      });
    },
  },
});
