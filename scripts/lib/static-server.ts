import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createGzip } from 'node:zlib';
import path from 'node:path';
import { contentType } from './content-types.ts';
import { headersFor, parseHeaders, type HeaderRule } from './headers-file.ts';

export interface RunningServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Types a production host sends gzipped (Pagefind's own files are compressed already). */
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|xml|wasm)|image\/svg)/;

/**
 * A small static file server for a built site: directory indexes, 404 page, `_headers` rules.
 * `gzip` compresses text as a production host does (the benchmark's slow-4G timings need real sizes).
 */
export async function startServer(opts: {
  dir: string;
  port?: number;
  host?: string;
  gzip?: boolean;
}): Promise<RunningServer> {
  const root = path.resolve(opts.dir);
  if (!existsSync(path.join(root, 'index.html'))) {
    throw new Error(`${root} 中没有 index.html：请先运行 npm run build`);
  }
  const headersPath = path.join(root, '_headers');
  const rules: HeaderRule[] = existsSync(headersPath) ? parseHeaders(readFileSync(headersPath, 'utf8')) : [];

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = path.join(root, pathname);
    if (path.relative(root, file).startsWith('..')) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      file = path.join(file, 'index.html');
    }
    let status = 200;
    if (!existsSync(file) || !statSync(file).isFile()) {
      status = 404;
      file = path.join(root, '404.html');
    }
    const type = contentType(file);
    const gzip = opts.gzip === true && COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(status, {
      'Content-Type': type,
      ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
      ...headersFor(rules, pathname),
    });
    if (req.method === 'HEAD') res.end();
    else if (existsSync(file) && gzip) createReadStream(file).pipe(createGzip()).pipe(res);
    else if (existsSync(file)) createReadStream(file).pipe(res);
    else res.end('Not found');
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  return {
    url: `http://${opts.host ?? '127.0.0.1'}:${port}`,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
