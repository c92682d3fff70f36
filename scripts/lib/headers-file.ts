/** One rule of a Netlify-style `_headers` file: a path pattern and the headers it adds. */
export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

/**
 * Parse a `_headers` file (the format Netlify, Cloudflare Pages and our own
 * preview server share). Patterns may end in `*`.
 * @example parseHeaders('/*\n  X-Frame-Options: DENY')[0].headers // [['X-Frame-Options', 'DENY']]
 */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split('\n')) {
    if (raw.trim() === '' || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: raw.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = raw.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: cannot read line "${raw.trim()}"`);
    rule.headers.push([raw.slice(0, colon).trim(), raw.slice(colon + 1).trim()]);
  }
  return rules;
}

/**
 * The headers that apply to a URL path; later rules override earlier ones for the same name.
 * @example headersFor(parseHeaders('/*\n  A: 1\n/admin/*\n  A: 2'), '/admin/') // { A: '2' }
 */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    const p = rule.pattern;
    const match = p.endsWith('*') ? pathname.startsWith(p.slice(0, -1)) : pathname === p;
    if (match) for (const [k, v] of rule.headers) out[k] = v;
  }
  return out;
}
