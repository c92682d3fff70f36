/** Schemes a reader's browser may follow from content links. Everything else (javascript:, vbscript:, data:, file:…) is dropped. */
const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);
/**
 * Images come from the site itself (uploads): the public CSP (`img-src 'self'`) would block any other
 * host, and a remote image would tell a third party who reads the page. `data:` images are refused
 * too, because an SVG in a data URL can carry script when opened.
 */
const IMAGE_SCHEMES = new Set<string>();

/** Control characters and spaces, which browsers ignore inside a scheme. */
const CONTROL = /[\u0000-\u0020\u007f-\u009f]/g;

/**
 * Whether a URL taken from untrusted Markdown may stay in the page.
 *
 * Browsers ignore ASCII control characters and whitespace inside a scheme
 * (`java\tscript:` runs), so those are removed before the scheme is read, and
 * the scheme is compared in lower case (`JaVaScRiPt:`). Entities are already
 * decoded by the Markdown parser. A URL without a scheme (relative path,
 * `#fragment`, `?query`) is always safe.
 * @example isSafeUrl('JaVa\tScRiPt:alert(1)', 'link') // false
 * @example isSafeUrl('/uploads/a.pdf', 'link') // true
 */
export function isSafeUrl(url: string, kind: 'link' | 'image'): boolean {
  const compact = url.replace(CONTROL, '');
  // `//host/x.png` has no scheme but is another site all the same.
  if (kind === 'image' && /^[/\\]{2}/.test(compact)) return false;
  let decoded = compact;
  try {
    decoded = decodeURIComponent(compact);
  } catch {
    return false;
  }
  for (const candidate of [compact, decoded]) {
    // Again after percent-decoding: %09 becomes a tab.
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(candidate.replace(CONTROL, ''));
    if (!scheme) continue;
    const allowed = kind === 'image' ? IMAGE_SCHEMES : LINK_SCHEMES;
    if (!allowed.has(`${scheme[1]!.toLowerCase()}:`)) return false;
  }
  return true;
}
