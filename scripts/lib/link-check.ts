import type { Element } from 'hast';
import { htmlElements } from './html-elements.ts';

/** One reference from a page to another URL. */
export interface PageLink {
  /** The page, as a path inside the built site (`news/a/index.html`). */
  page: string;
  /** Where it was found, e.g. `a[href]` or `meta[og:image]`. */
  where: string;
  url: string;
}

export interface LinkReport {
  /** Internal links and assets that point at nothing in the built site. */
  broken: (PageLink & { reason: string })[];
  /** Links to other sites, listed for a human to review (never fetched). */
  external: PageLink[];
}

/** hast property → attribute name, for the attributes that hold URLs. */
const URL_PROPS: Record<string, string> = {
  href: 'href',
  src: 'src',
  poster: 'poster',
  action: 'action',
  data: 'data',
};
/** `<meta>` tags whose content is a URL of this site. */
const META_URLS = new Set(['og:image', 'og:url', 'twitter:image', 'og:image:url', 'og:image:secure_url']);

function urlsOf(el: Element): { where: string; url: string }[] {
  const out: { where: string; url: string }[] = [];
  const props = el.properties;
  for (const [prop, attr] of Object.entries(URL_PROPS)) {
    const v = props[prop];
    if (typeof v === 'string' && v.trim()) out.push({ where: `${el.tagName}[${attr}]`, url: v.trim() });
  }
  const srcset = props['srcSet'];
  const list = Array.isArray(srcset) ? srcset.join(',') : typeof srcset === 'string' ? srcset : '';
  for (const candidate of list.split(',')) {
    const url = candidate.trim().split(/\s+/)[0];
    if (url) out.push({ where: `${el.tagName}[srcset]`, url });
  }
  const name = String(props['property'] ?? props['name'] ?? '');
  if (el.tagName === 'meta' && META_URLS.has(name) && typeof props['content'] === 'string') {
    out.push({ where: `meta[${name}]`, url: props['content'] });
  }
  return out;
}

/**
 * Check every internal link and asset of a built site, and list external links.
 *
 * A URL is internal when it is relative or on the site's own origin (canonical
 * and og: URLs carry SITE_URL). It resolves when the file exists, or for a
 * directory URL its `index.html`; `#fragment`s must name an id on the target page.
 * `mailto:`/`tel:` are neither checked nor listed.
 * @param pages every HTML file of the site: path inside the site → its HTML.
 * @param exists whether a path inside the site (`_astro/a.css`) is a file.
 * @example checkLinks(new Map([['index.html', '<a href="/x/">x</a>']]), () => false, 'https://s.cn').broken[0].url // '/x/'
 */
export function checkLinks(
  pages: ReadonlyMap<string, string>,
  exists: (file: string) => boolean,
  site: string,
): LinkReport {
  const origin = new URL(site).origin;
  const report: LinkReport = { broken: [], external: [] };
  const idsCache = new Map<string, Set<string>>();
  const parsed = new Map<string, Element[]>();
  const elementsOf = (page: string) => {
    let els = parsed.get(page);
    if (!els) parsed.set(page, (els = htmlElements(pages.get(page) ?? '')));
    return els;
  };
  const idsOf = (page: string) => {
    let ids = idsCache.get(page);
    if (!ids) {
      ids = new Set(elementsOf(page).flatMap((e) => [e.properties['id'], e.properties['name']].map(String)));
      idsCache.set(page, ids);
    }
    return ids;
  };

  for (const page of pages.keys()) {
    const base = new URL(`/${page.replace(/index\.html$/, '')}`, origin);
    for (const el of elementsOf(page)) {
      for (const { where, url } of urlsOf(el)) {
        if (/^(mailto|tel):/i.test(url)) continue;
        let target: URL;
        try {
          target = new URL(url, base);
        } catch {
          report.broken.push({ page, where, url, reason: '不是有效的网址' });
          continue;
        }
        if (target.origin !== origin) {
          if (/^https?:$/.test(target.protocol)) report.external.push({ page, where, url });
          else report.broken.push({ page, where, url, reason: `不支持的协议 ${target.protocol}` });
          continue;
        }
        let file = decodeURIComponent(target.pathname).replace(/^\//, '');
        if (file === '' || file.endsWith('/')) file += 'index.html';
        else if (!exists(file) && exists(`${file}/index.html`)) file += '/index.html';
        if (!exists(file)) {
          report.broken.push({ page, where, url, reason: `站内没有 /${file}` });
          continue;
        }
        const fragment = decodeURIComponent(target.hash.slice(1));
        if (fragment && file.endsWith('.html') && pages.has(file) && !idsOf(file).has(fragment)) {
          report.broken.push({ page, where, url, reason: `/${file} 中没有 id="${fragment}"` });
        }
      }
    }
  }
  return report;
}
