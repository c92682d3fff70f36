import type { Element } from 'hast';
import { htmlElements } from '../../scripts/lib/html-elements.ts';
import { isSafeUrl } from '../../src/markdown/safe-url.ts';

/** Elements that can run code, load another document or rewrite the page's URLs. */
const DANGEROUS_TAGS = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal']);
/** hast property names that hold URLs a browser may navigate to or load. */
const URL_PROPS = ['href', 'src', 'action', 'formAction', 'data', 'poster', 'xLinkHref', 'background', 'cite'];

function text(el: Element): string {
  return el.children.map((c) => ('value' in c ? c.value : c.type === 'element' ? text(c) : '')).join('');
}

/** Describe an element briefly for error messages. */
function show(el: Element): string {
  return `<${el.tagName} ${JSON.stringify(el.properties)}>`;
}

/**
 * Everything in a built page that could execute script or smuggle in active
 * content. An empty list means the page is inert apart from the site's own
 * bundled scripts (`<script src="/_astro/…">`) and JSON-LD data blocks.
 * @example findExecutableMarkup('<p onclick="x()">') // ['on* attribute onClick on <p …>']
 */
export function findExecutableMarkup(html: string): string[] {
  const problems: string[] = [];
  for (const el of htmlElements(html)) {
    const props = el.properties;
    if (el.tagName === 'script') {
      const type = String(props['type'] ?? '');
      const src = props['src'];
      if (type === 'application/ld+json') {
        try {
          JSON.parse(text(el));
        } catch {
          problems.push(`JSON-LD that is not JSON: ${text(el).slice(0, 80)}`);
        }
      } else if (typeof src !== 'string' || !src.startsWith('/') || src.startsWith('//')) {
        problems.push(`script not from the site's own bundle: ${show(el)} ${text(el).slice(0, 80)}`);
      }
    }
    if (DANGEROUS_TAGS.has(el.tagName)) problems.push(`dangerous element ${show(el)}`);
    // Not executable, but a <style> block would need 'unsafe-inline' in the CSP.
    if (el.tagName === 'style') problems.push(`inline <style> block: ${text(el).slice(0, 80)}`);
    // A refresh to a path of this site is how a moved page sends readers on (MovedPage.astro);
    // one to anywhere else (another host, javascript:) is not the site's doing.
    if (el.tagName === 'meta' && String(props['httpEquiv'] ?? '').toLowerCase() === 'refresh') {
      if (!/^\d+; url=\/(?!\/)[^\s:]*$/.test(String(props['content'] ?? ''))) problems.push(`meta refresh ${show(el)}`);
    }
    for (const [key, value] of Object.entries(props)) {
      if (/^on/i.test(key)) problems.push(`on* attribute ${key} on ${show(el)}`);
      if (key === 'srcDoc') problems.push(`srcdoc on ${show(el)}`);
      if (key === 'style') problems.push(`inline style on ${show(el)}`);
      if (URL_PROPS.includes(key) && typeof value === 'string' && !isSafeUrl(value, 'link')) {
        problems.push(`unsafe URL in ${key} on ${show(el)}`);
      }
    }
  }
  return problems;
}
