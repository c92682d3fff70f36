import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cloudflareHeaders } from '../../../src/production/cloudflare-headers.ts';

describe('cloudflareHeaders', () => {
  it('detaches a header a broader rule set before a narrower rule sets it again', () => {
    expect(cloudflareHeaders('/*\n  A: 1\n  B: 1\n/x/*\n  A: 2\n/y\n  C: 3\n')).toBe(
      '/*\n  A: 1\n  B: 1\n/x/*\n  ! A\n  A: 2\n/y\n  C: 3\n',
    );
  });

  it("gives the site's own rules one value per header on Cloudflare", () => {
    const out = cloudflareHeaders(readFileSync(new URL('../../../public/_headers', import.meta.url), 'utf8'));
    expect(out).toMatch(/^\/_astro\/\*\n {2}! Cache-Control\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
    expect(out).toMatch(/^\/admin\/\*\n {2}! Content-Security-Policy\n {2}Content-Security-Policy: /m);
    expect(out).toMatch(/^ {2}! Cross-Origin-Opener-Policy\n {2}Cross-Origin-Opener-Policy: unsafe-none$/m);
    // /admin/_cms/* overrides the /admin/* Cache-Control, which overrode /*'s.
    expect(out).toMatch(/^\/admin\/_cms\/\*\n {2}! Cache-Control\n/m);
  });
});
