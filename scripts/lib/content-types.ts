/**
 * The content type of every kind of file the site has, by extension: one list for the
 * preview server (static-server.ts) and the nginx rules (nginx-headers.ts), so a
 * self-hosted server sends what Netlify would. `.ics` must be text/calendar, or phones
 * download the calendar instead of offering to add its events.
 */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
  '.yml': 'text/yaml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.ics': 'text/calendar',
  '.pdf': 'application/pdf',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** Text types are sent with `; charset=utf-8`. */
export const isText = (type: string): boolean =>
  type.startsWith('text/') || ['application/json', 'application/xml', 'image/svg+xml'].includes(type);

/**
 * The Content-Type header for a file name.
 * @example contentType('calendar.ics') // 'text/calendar; charset=utf-8'
 */
export function contentType(file: string): string {
  const ext = /\.[^./]+$/.exec(file.toLowerCase())?.[0] ?? '';
  const type = CONTENT_TYPES[ext] ?? 'application/octet-stream';
  return isText(type) ? `${type}; charset=utf-8` : type;
}
