/**
 * The site's public address, resolved once. Everything that prints an absolute URL
 * (canonical links, og:url/og:image and the share cards' footer, JSON-LD, feeds, sitemap,
 * robots.txt, calendar UIDs) reads Astro's `site`, which astro.config.mjs takes from here.
 */

/** Environment variables, as `process.env` gives them. */
export type Env = Record<string, string | undefined>;

/** The address used when none is set: fine on this machine, refused for production builds. */
export const LOCAL_ADDRESS = 'http://localhost:4321';

/**
 * Where the address may come from, first match wins. A host's own variable is read only on
 * that host (its marker variable is set), so a stray `URL` on a developer's machine is ignored.
 */
const SOURCES: readonly { variable: string; on?: [string, string]; host?: string }[] = [
  { variable: 'SITE_URL' },
  // Netlify: the site's main address (the custom domain once one is set).
  { variable: 'URL', on: ['NETLIFY', 'true'], host: 'Netlify' },
  // Cloudflare Pages: the address of this deployment on *.pages.dev.
  { variable: 'CF_PAGES_URL', on: ['CF_PAGES', '1'], host: 'Cloudflare Pages' },
];

export interface SiteAddress {
  /** Origin with a trailing slash, e.g. `https://example.cn/`. */
  url: string;
  /** The variable it came from; undefined when nothing was set and the local default applies. */
  variable: string | undefined;
}

/**
 * The public address from the environment.
 * @example siteAddress({ SITE_URL: 'https://example.cn' }) // { url: 'https://example.cn/', variable: 'SITE_URL' }
 * @example siteAddress({ NETLIFY: 'true', URL: 'https://gyxz.netlify.app' }).variable // 'URL'
 */
export function siteAddress(env: Env): SiteAddress {
  for (const source of SOURCES) {
    const value = env[source.variable]?.trim();
    if (!value || (source.on && env[source.on[0]] !== source.on[1])) continue;
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw new Error(`网站地址 ${source.variable}="${value}" 不是完整的网址；应形如 https://example.cn`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new Error(`网站地址 ${source.variable}="${value}" 应以 https:// 开头`);
    }
    return { url: new URL('/', url).href, variable: source.variable };
  }
  return { url: `${LOCAL_ADDRESS}/`, variable: undefined };
}

/**
 * True for addresses only this machine can reach: localhost, 127.0.0.0/8, ::1, 0.0.0.0.
 * @example isLoopback('http://127.0.0.1:4321/') // true
 */
export function isLoopback(address: string): boolean {
  const host = new URL(address).hostname.replace(/^\[|\]$/g, '');
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^127\.\d+\.\d+\.\d+$/.test(host) ||
    host === '::1' ||
    host === '0.0.0.0'
  );
}

/**
 * Why a production build may not use this address, in Chinese, naming the variable; or undefined.
 * @example addressProblem(siteAddress({})) // '没有设置网站地址 SITE_URL …'
 */
export function addressProblem(address: SiteAddress): string | undefined {
  if (!address.variable) {
    return (
      '没有设置网站地址 SITE_URL（例如 SITE_URL=https://example.cn npm run build）。' +
      `不设置时所有链接、分享卡片、RSS、站点地图和日历都会指向 ${LOCAL_ADDRESS}。` +
      '只在本机查看请用 npm start，或 npm run build -- --local。'
    );
  }
  if (isLoopback(address.url)) {
    return (
      `网站地址 ${address.variable}=${address.url} 是本机地址，读者无法访问。` +
      '生产构建请设置公开地址，例如 SITE_URL=https://example.cn；只在本机查看请用 npm start 或 npm run build -- --local。'
    );
  }
  return undefined;
}
