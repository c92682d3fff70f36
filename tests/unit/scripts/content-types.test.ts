import { describe, expect, it } from 'vitest';
import { contentType } from '../../../scripts/lib/content-types.ts';
import { nginxTypes } from '../../../scripts/lib/nginx-headers.ts';

describe('content types', () => {
  it.each([
    ['forum/2026/calendar.ics', 'text/calendar; charset=utf-8'],
    ['index.html', 'text/html; charset=utf-8'],
    ['pagefind/wasm.zh.pagefind', 'application/octet-stream'],
    ['pagefind/pagefind.js', 'text/javascript; charset=utf-8'],
    ['forms/questionnaire/blank.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['og/index.png', 'image/png'],
    ['x/unknown.bin', 'application/octet-stream'],
  ])('%s → %s', (file, type) => expect(contentType(file)).toBe(type));

  it('the nginx rules map .ics to text/calendar with utf-8', () => {
    const types = nginxTypes();
    expect(types).toMatch(/^ {4}text\/calendar ics;$/m);
    expect(types).toMatch(/^charset_types .*text\/calendar/m);
  });
});
