import { inject } from 'vitest';
import { startServer, type RunningServer } from '../../scripts/lib/static-server.ts';

/** Serve the fixture site built by the global setup, with production headers, on a free loopback port. */
export function serveFixture(): Promise<RunningServer> {
  return startServer({ dir: inject('fixtureDist'), port: 0 });
}
