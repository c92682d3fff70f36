import { createServer } from 'node:net';

/**
 * A TCP port on loopback that nothing listens on now: the system picks one for a moment's
 * listener, which then closes. For servers the tools and tests start on their own.
 * @example await freePort() // 41237
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
