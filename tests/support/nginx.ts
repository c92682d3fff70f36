/**
 * Debian's nginx, started on a loopback port to serve `<root>` with the rules
 * `npm run deploy:nginx` generates, the way deploy/nginx/gyxz.conf includes them.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseHeaders } from '../../scripts/lib/headers-file.ts';
import { nginxLocations } from '../../scripts/lib/nginx-headers.ts';
import { freePort } from './cms-backend.ts';
import { ROOT } from './paths.ts';

export const NGINX = '/usr/sbin/nginx';

/** Why nginx tests cannot run here, or undefined. In CI a missing nginx is a failure. */
export function nginxSkipReason(): string | undefined {
  if (existsSync(NGINX)) return undefined;
  const reason = `nginx not found (${NGINX}); install it with apt-get install nginx-light`;
  if (process.env['CI'] === 'true') throw new Error(`${reason}. The deploy test may not be skipped in CI.`);
  console.warn(`[skip] ${reason}`);
  return reason;
}

export interface RunningNginx {
  url: string;
  stop(): Promise<void>;
}

/** Start nginx serving `root` (followed through symlinks on every request) until stop(). */
export async function startNginx(root: string, work: string): Promise<RunningNginx> {
  mkdirSync(work, { recursive: true });
  const port = await freePort();
  const rules = path.join(work, 'gyxz-locations.conf');
  writeFileSync(rules, nginxLocations(parseHeaders(readFileSync(path.join(ROOT, 'public/_headers'), 'utf8'))));
  const temp = (name: string) => `${name}_temp_path ${path.join(work, name)};`;
  const conf = path.join(work, 'nginx.conf');
  writeFileSync(
    conf,
    `# Test only: a foreground nginx on loopback; the server block mirrors deploy/nginx/gyxz.conf.
daemon off;
user root;
worker_processes 1;
pid ${path.join(work, 'nginx.pid')};
error_log ${path.join(work, 'error.log')} warn;
events { worker_connections 256; }
http {
    access_log off;
    ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n    ')}
    server {
        listen 127.0.0.1:${port};
        root ${root};
        index index.html;
        server_tokens off;
        error_page 404 /404.html;
        include ${rules};
    }
}
`,
  );
  const test = spawnSync(NGINX, ['-t', '-c', conf], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx -t failed:\n${test.stderr}`);
  const child: ChildProcess = spawn(NGINX, ['-c', conf], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`${url}/`);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGQUIT');
      }),
  };
}
