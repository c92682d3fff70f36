import { CONTENT_TYPES, isText } from './content-types.ts';
import { headersFor, type HeaderRule } from './headers-file.ts';

/**
 * nginx `location` blocks carrying the same headers as a `_headers` file, so
 * a self-hosted server (or a CDN in front of object storage) serves exactly what
 * Netlify would. Generated, never hand-kept: `npm run deploy:nginx`.
 *
 * nginx does not merge `add_header` across levels (a location that adds one
 * header drops all the server's), so each block repeats the full merged set.
 * @example nginxLocations(parseHeaders('/*\n  A: 1\n/_astro/*\n  B: 2')) // 'location / {…A…}\nlocation ^~ /_astro/ {…A…B…}'
 */
export function nginxLocations(rules: readonly HeaderRule[]): string {
  const blocks = rules.map((rule) => {
    const wildcard = rule.pattern.endsWith('*');
    const prefix = wildcard ? rule.pattern.slice(0, -1) : rule.pattern;
    // Plain prefixes (longest wins), not `^~`, so that the dotfile rule below is checked too.
    const match = wildcard ? prefix : `= ${prefix}`;
    // The headers a path under this rule gets: the broader rules' merged with its own.
    const headers = headersFor(rules, wildcard ? `${prefix}x` : prefix);
    const lines = Object.entries(headers).map(([k, v]) => `    add_header ${k} "${v.replaceAll('"', '\\"')}" always;`);
    return [`location ${match} {`, ...lines, '    try_files $uri $uri/index.html $uri/ =404;', '}'].join('\n');
  });
  return (
    [
      '# Generated from public/_headers and scripts/lib/content-types.ts by scripts/nginx-headers.ts.',
      '# Do not edit; regenerate. Include it inside the server block (deploy/nginx/gyxz.conf).',
      nginxTypes(),
      NO_DOTFILES,
      ...blocks,
    ].join('\n\n') + '\n'
  );
}

/**
 * No path with a dotfile or dot-folder in it is served (`.git/`, `.env`, editors' and tools'
 * leftovers): the site has none, and deploy bookkeeping lives outside the served folder.
 * `/.well-known/` stays open for certificates and the like. A regular expression location
 * is checked after the prefix ones and wins over them.
 */
export const NO_DOTFILES = ['location ~ /\\.(?!well-known/) {', '    return 404;', '}'].join('\n');

/**
 * The content types of every file type the site has, replacing nginx's mime.types at the
 * server level (Debian's lacks text/calendar for .ics), with utf-8 on the text types.
 */
export function nginxTypes(): string {
  const byType = new Map<string, string[]>();
  for (const [ext, type] of Object.entries(CONTENT_TYPES))
    byType.set(type, [...(byType.get(type) ?? []), ext.slice(1)]);
  const lines = [...byType].map(([type, exts]) => `    ${type} ${exts.join(' ')};`);
  const text = [...byType.keys()].filter((t) => isText(t) && t !== 'text/html');
  return [
    'types {',
    ...lines,
    '}',
    'default_type application/octet-stream;',
    'charset utf-8;',
    `charset_types ${text.join(' ')};`,
  ].join('\n');
}
