/**
 * Serve a built site on loopback, with the same response headers as
 * production (`dist/_headers`, written from `public/_headers`).
 *
 *   node scripts/serve.ts [--dir dist] [--port 4321] [--host 127.0.0.1]
 *
 * Also used by the end-to-end tests, so what they check is what readers get.
 */
import { parseArgs } from 'node:util';
import { startServer } from './lib/static-server.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: process.env['PORT'] ?? '4321' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});
const server = await startServer({ dir: values.dir, port: Number(values.port), host: values.host });
console.log(`网站已启动：${server.url}  （按 Ctrl+C 停止）`);
