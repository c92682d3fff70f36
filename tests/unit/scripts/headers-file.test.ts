import { describe, expect, it } from 'vitest';
import { headersFor, parseHeaders } from '../../../scripts/lib/headers-file.ts';

describe('_headers files', () => {
  const rules = parseHeaders('# comment\n/*\n  X-Frame-Options: DENY\n  A: 1\n/admin/*\n  A: 2\n');
  it('applies matching rules, later ones winning', () => {
    expect(headersFor(rules, '/news/')).toEqual({ 'X-Frame-Options': 'DENY', A: '1' });
    expect(headersFor(rules, '/admin/')).toEqual({ 'X-Frame-Options': 'DENY', A: '2' });
  });
  it('rejects a header line outside a rule', () => {
    expect(() => parseHeaders('  A: 1')).toThrow('_headers');
  });
});
