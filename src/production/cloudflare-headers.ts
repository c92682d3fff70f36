/**
 * `_headers` as Cloudflare Pages needs it. Netlify (and our preview server and the nginx
 * rules) let a later rule's header replace an earlier rule's for the same path; Cloudflare
 * joins them with commas, which would turn `/_astro/*` caching into
 * `max-age=0, must-revalidate, …, immutable` and give /admin/ two CSPs at once. Cloudflare's
 * own fix is a detach line, `! Name`, in the narrower rule: added here before each header
 * that a broader, earlier rule also sets. Netlify does not know the syntax, so only a build
 * on Cloudflare Pages (CF_PAGES=1) writes it.
 * @example cloudflareHeaders('/*\n  A: 1\n/x/*\n  A: 2\n') // '/*\n  A: 1\n/x/*\n  ! A\n  A: 2\n'
 */
export function cloudflareHeaders(text: string): string {
  const seen: { prefix: string; names: Set<string> }[] = [];
  let current: { prefix: string; names: Set<string> } | undefined;
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const header = /^\s+([^:!\s][^:]*):/.exec(line);
    if (line.trim() && !line.trim().startsWith('#') && !/^\s/.test(line)) {
      const pattern = line.trim();
      current = { prefix: pattern.endsWith('*') ? pattern.slice(0, -1) : pattern, names: new Set() };
      seen.push(current);
    } else if (header && current) {
      const name = header[1]!.trim().toLowerCase();
      const { prefix } = current;
      const inherited = seen.some((r) => r !== current && prefix.startsWith(r.prefix) && r.names.has(name));
      if (inherited) out.push(`  ! ${header[1]!.trim()}`);
      current.names.add(name);
    }
    out.push(line);
  }
  return out.join('\n');
}
