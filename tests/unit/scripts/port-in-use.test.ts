import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { portInUse } from '../../../scripts/lib/port-in-use.ts';

describe('portInUse tells a taken port from a free one', () => {
  it('is true while a server listens there and false once it has closed', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    expect(await portInUse(port, '127.0.0.1')).toBe(true);
    await new Promise((resolve) => server.close(resolve));
    expect(await portInUse(port, '127.0.0.1')).toBe(false);
  });
});
