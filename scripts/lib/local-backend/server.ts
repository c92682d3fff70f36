/**
 * The local content backend for `npm run cms` and the CMS tests: the real decap-server in
 * git mode, behind a small proxy that answers what decap-server gets wrong and passes
 * everything else through unchanged.
 *
 * Answered here: `unpublishedEntry`, whose changes decap-server measures from the tip of
 * the publishing branch instead of the draft's merge base (unpublished-entry.ts); a draft's
 * files (`unpublishedEntryDataFile`, `unpublishedEntryMediaFile`), which decap-server reads by
 * checking the draft's branch out, one request at a time (draft-file.ts); and `getMediaFile`
 * for a file the publishing branch does not have, which decap-server answers with 500
 * instead of 404 (media-file.ts).
 *
 * @example const backend = await startLocalBackend({ repo: '/tmp/clone', port: 8081 }); // backend.url
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { draftFile, mediaFileAnswer } from './draft-file.ts';
import { fileOnBranch } from './media-file.ts';
import { unpublishedEntry } from './unpublished-entry.ts';
import { freePort } from '../free-port.ts';

export interface LocalBackend {
  /** What Decap's `local_backend.url` names. */
  url: string;
  /** Everything decap-server printed. */
  log: () => string;
  /** Settles when decap-server has exited, for whatever reason. */
  exited: Promise<void>;
  stop(): Promise<void>;
}

/** decap-server's own rule for which pages may call it (its `cors` middleware). */
const LOCAL_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/;

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

interface Call {
  action?: string;
  params?: {
    branch?: string;
    id?: string;
    collection?: string;
    slug?: string;
    cmsLabelPrefix?: string;
    path?: string;
  };
}

/** The call in a request body, or undefined when it is not one of Decap's JSON calls. */
function callOf(body: Buffer): Call | undefined {
  try {
    const call = JSON.parse(body.toString('utf8')) as unknown;
    return call && typeof call === 'object' ? call : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Start decap-server on a free loopback port and the proxy on `port`; resolves once both
 * listen. `echo` copies decap-server's output to this process's (npm run cms).
 */
export async function startLocalBackend(opts: {
  repo: string;
  port: number;
  host?: string;
  echo?: boolean;
}): Promise<LocalBackend> {
  const { repo, port, host = '127.0.0.1', echo = false } = opts;
  const root = path.resolve(import.meta.dirname, '../../..');
  const inner = await freePort();
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'node_modules/decap-server/dist/index.js')], {
    cwd: repo,
    env: { ...process.env, MODE: 'git', PORT: String(inner), GIT_REPO_DIRECTORY: repo, BIND_HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (d: Buffer) => {
    output += d.toString();
    if (echo) process.stdout.write(d);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes('listening')) {
        clearInterval(timer);
        resolve();
      }
    }, 50);
    child.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`decap-server exited with ${code}:\n${output}`));
    });
  });

  const answer = (req: IncomingMessage, res: ServerResponse, status: number, json: unknown) => {
    const origin = req.headers.origin;
    res.writeHead(status, {
      'Content-Type': 'application/json; charset=utf-8',
      ...(origin && LOCAL_ORIGIN.test(origin) ? { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' } : {}),
    });
    res.end(JSON.stringify(json));
  };

  const forward = (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    const upstream = request(
      { host: '127.0.0.1', port: inner, method: req.method, path: req.url, headers: req.headers },
      (reply) => {
        res.writeHead(reply.statusCode ?? 502, reply.headers);
        reply.pipe(res);
      },
    );
    upstream.on('error', (error) => answer(req, res, 502, { error: `decap-server: ${error.message}` }));
    upstream.end(body);
  };

  const server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const call = req.method === 'POST' ? callOf(body) : undefined;
      if (call?.action === 'unpublishedEntry' && call.params?.branch) {
        let { collection, slug } = call.params;
        const { id, branch, cmsLabelPrefix } = call.params;
        if (id) [collection, slug] = [id.slice(0, id.indexOf('/')), id.slice(id.indexOf('/') + 1)];
        const entry = await unpublishedEntry(repo, branch, collection ?? '', slug ?? '', cmsLabelPrefix);
        if (entry) answer(req, res, 200, entry);
        else answer(req, res, 404, { message: 'Not Found' });
        return;
      }
      const { branch, path: file, collection, slug } = call?.params ?? {};
      const draftRead = call?.action === 'unpublishedEntryDataFile' || call?.action === 'unpublishedEntryMediaFile';
      if (draftRead && collection && slug && file) {
        const content = await draftFile(repo, collection, slug, file);
        if (!content) answer(req, res, 404, { message: 'Not Found' });
        else if (call.action === 'unpublishedEntryDataFile') answer(req, res, 200, { data: content.toString('utf8') });
        else answer(req, res, 200, mediaFileAnswer(file, content));
        return;
      }
      if (call?.action === 'getMediaFile' && branch && file && !(await fileOnBranch(repo, branch, file))) {
        answer(req, res, 404, { message: 'Not Found' });
        return;
      }
      forward(req, res, body);
    })().catch((error: unknown) => answer(req, res, 500, { error: String(error) }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });

  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  return {
    url: `http://localhost:${port}/api/v1`,
    log: () => output,
    exited,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (child.exitCode === null) {
        await new Promise<void>((resolve) => {
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        });
      }
    },
  };
}
