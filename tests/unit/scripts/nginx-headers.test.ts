import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeaders } from '../../../scripts/lib/headers-file.ts';
import { nginxLocations } from '../../../scripts/lib/nginx-headers.ts';

const rules = parseHeaders(readFileSync(new URL('../../../public/_headers', import.meta.url), 'utf8'));
const conf = nginxLocations(rules);

describe('nginx configuration generated from public/_headers', () => {
  it.each(rules.map((r) => r.pattern))('%s: its location block sends exactly the headers Netlify would', (pattern) => {
    const wildcard = pattern.endsWith('*');
    const prefix = wildcard ? pattern.slice(0, -1) : pattern;
    const head = `location ${wildcard ? prefix : `= ${prefix}`} {`;
    const block = conf.slice(conf.indexOf(head), conf.indexOf('}', conf.indexOf(head)));
    const expected = headersFor(rules, wildcard ? `${prefix}x` : prefix);
    const sent = Object.fromEntries(
      [...block.matchAll(/add_header (\S+) "((?:[^"\\]|\\.)*)" always;/g)].map(([, k, v]): [string, string] => [
        k!,
        v!.replaceAll('\\"', '"'),
      ]),
    );

    expect(sent).toEqual(expected);
  });

  it('the public pages get the strict policy', () => {
    expect(conf).toContain(
      `add_header Content-Security-Policy "default-src 'self'; script-src 'self' 'wasm-unsafe-eval';`,
    );
  });
});
