/** What a built page's <head> says about its share card. */
export interface CardMeta {
  /** og:image: absolute URL of the card. */
  image: string;
  /** og:title: the page title without the site name. */
  title: string;
  /** og:site_name */
  siteName: string;
  /** og:url: the canonical URL. */
  url: string;
  /** article:section, on articles only. */
  section?: string;
  /** article:published_time (YYYY-MM-DD), on dated articles only. */
  published?: string;
  /** gyxz:town, on a ranked town's page: its figures as JSON (src/og/TownShareMeta.astro). */
  town?: string;
  /** gyxz:poster, on a ranked town's page: absolute URL of its WeChat poster. */
  poster?: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * Decode the character references Astro (and HTML in general) writes into attribute values.
 * @example decodeEntities('A &amp; B &#39;C&#x27;') // "A & B 'C'"
 */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Every `<meta property|name=… content=…>` in a page's head, keyed by property or name.
 * @example metaTags('<meta property="og:title" content="论坛">').get('og:title') // '论坛'
 */
export function metaTags(html: string): Map<string, string> {
  const end = html.search(/<\/head>/i);
  const head = end === -1 ? html : html.slice(0, end);
  const tags = new Map<string, string>();
  for (const [tag] of head.matchAll(/<meta\b[^>]*>/gi)) {
    const attrs = new Map<string, string>();
    for (const m of tag.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
      attrs.set(m[1]!.toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
    }
    const key = attrs.get('property') ?? attrs.get('name');
    const content = attrs.get('content');
    if (key && content !== undefined && !tags.has(key)) tags.set(key, content);
  }
  return tags;
}

/**
 * The share card a built page asks for, or undefined when the page has no og:image
 * (the CMS at /admin/, redirects).
 */
export function cardMeta(html: string): CardMeta | undefined {
  const tags = metaTags(html);
  const image = tags.get('og:image');
  if (!image) return undefined;
  const section = tags.get('article:section');
  const published = tags.get('article:published_time');
  const town = tags.get('gyxz:town');
  const poster = tags.get('gyxz:poster');
  return {
    image,
    title: tags.get('og:title') ?? '',
    siteName: tags.get('og:site_name') ?? '',
    url: tags.get('og:url') ?? '',
    ...(section ? { section } : {}),
    ...(published ? { published } : {}),
    ...(town && poster ? { town, poster } : {}),
  };
}
