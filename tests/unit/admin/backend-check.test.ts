import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backendMissing, localServerUrl } from '../../../admin/backend-check.ts';

describe('localServerUrl', () => {
  it('is only tried on the hosts Decap tries it on', () => {
    const config = { local_backend: { url: 'http://localhost:9000/api/v1' } };
    expect(localServerUrl(config, 'localhost')).toBe('http://localhost:9000/api/v1');
    expect(localServerUrl({ local_backend: true }, '127.0.0.1')).toBe('http://127.0.0.1:8081/api/v1');
    expect(localServerUrl(config, 'example.cn')).toBeUndefined();
    expect(localServerUrl({}, 'localhost')).toBeUndefined();
  });
});

describe('backendMissing', () => {
  // A real HTTP server standing in for decap-server's `info` answer.
  let server: Server;
  let url = '';
  beforeAll(async () => {
    server = createServer((_req, res) => {
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ repo: 'site', publish_modes: ['editorial_workflow'], type: 'local_git' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api/v1`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('lets Decap start when the backend names a repository', async () => {
    expect(await backendMissing({ backend: { name: 'github', repo: 'org/site' } }, 'example.cn')).toBeUndefined();
  });

  it('lets Decap start without a repository when a local decap-server answers', async () => {
    expect(await backendMissing({ backend: { name: 'github' }, local_backend: { url } }, '127.0.0.1')).toBeUndefined();
  });

  it('explains in Chinese, naming CMS_REPO, when nothing can serve the content', async () => {
    const dead = 'http://127.0.0.1:9/api/v1';
    expect(await backendMissing({ backend: { name: 'github' }, local_backend: { url: dead } }, '127.0.0.1')).toMatch(
      /CMS_REPO/,
    );
    expect(await backendMissing({ backend: { name: 'github' }, local_backend: { url } }, 'example.cn')).toMatch(
      /npm run cms/,
    );
  });
});
