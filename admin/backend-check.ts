/**
 * Before Decap starts: does it have a backend to log in to? A local build (`npm start`) may
 * carry no CMS_REPO; Decap would then show its raw English error ("The GitHub backend needs a
 * repo"). Instead the page says in Chinese what is missing, unless a local decap-server
 * (`npm run cms`) answers, which Decap itself would use on localhost.
 */

/** The parts of /admin/config.yml read here. */
export interface LoadedConfig {
  backend?: { name?: string; repo?: string };
  local_backend?: { url?: string } | boolean;
}

/** Decap looks for a local decap-server only on these hosts (decap-cms-core, detectProxyServer). */
const LOCAL_HOSTS = ['localhost', '127.0.0.1'];

/**
 * The local decap-server Decap would try on this host, or undefined.
 * @example localServerUrl({ local_backend: { url: 'http://localhost:8081/api/v1' } }, 'localhost') // 'http://localhost:8081/api/v1'
 */
export function localServerUrl(config: LoadedConfig, hostname: string): string | undefined {
  if (!LOCAL_HOSTS.includes(hostname) || !config.local_backend) return undefined;
  const fallback = `http://${hostname}:8081/api/v1`;
  return config.local_backend === true ? fallback : (config.local_backend.url ?? fallback);
}

/** True when a decap-server answers at `url` the way Decap checks it. */
async function serverAnswers(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'info' }),
    });
    const info = (await res.json()) as { repo?: unknown };
    return typeof info.repo === 'string';
  } catch {
    return false;
  }
}

/**
 * Why Decap cannot start here, in Chinese; undefined when it can.
 * @example await backendMissing({ backend: { name: 'github', repo: 'org/site' } }, 'example.cn') // undefined
 */
export async function backendMissing(config: LoadedConfig, hostname: string): Promise<string | undefined> {
  if (config.backend?.repo) return undefined;
  const local = localServerUrl(config, hostname);
  if (local && (await serverAnswers(local))) return undefined;
  return (
    '这个版本的网站是本机预览版，构建时没有设置内容仓库（环境变量 CMS_REPO），内容管理无法登录。' +
    '本机编辑请运行 npm run cms；正式网站请在构建时设置 CMS_REPO 等变量（见 admin/README.md）。'
  );
}

/** Replace the page with the reason, as plain text. */
export function showProblem(message: string): void {
  const main = document.createElement('main');
  main.className = 'cms-problem';
  const h1 = document.createElement('h1');
  h1.textContent = '内容管理暂不可用';
  const p = document.createElement('p');
  p.textContent = message;
  main.append(h1, p);
  document.body.replaceChildren(main);
}
