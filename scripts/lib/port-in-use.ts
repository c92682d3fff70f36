import { createServer } from 'node:net';

/**
 * Whether something already listens on `port` at `host`: tried by listening there
 * for a moment, exactly what the server about to start will do.
 * @example await portInUse(8081, '127.0.0.1') // true while decap-server runs
 */
export function portInUse(port: number, host: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE' || error.code === 'EACCES') resolve(true);
      else reject(error);
    });
    server.listen(port, host, () => server.close(() => resolve(false)));
  });
}
