/**
 * Production settings that cannot ship wrong: `astro build` (and `npm run build`) stops
 * before writing anything when the public address is missing or loopback, or when the CMS
 * backend is incomplete, naming each variable in Chinese.
 *
 * Local builds (`npm start`, `npm run build -- --local`, the tests) set LOCAL_BUILD=1: they may
 * use the loopback default and leave the CMS backend unset (then /admin/ says so in Chinese).
 * `astro dev`, `astro check` and `astro sync` are never checked.
 *
 * On Cloudflare Pages (CF_PAGES=1) the built `_headers` gets Cloudflare's detach lines.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { cloudflareHeaders } from './cloudflare-headers.ts';
import { productionProblems } from './production-problems.ts';
import { siteAddress } from './site-address.ts';

export default function productionSettings(): AstroIntegration {
  return {
    name: 'gyxz:production-settings',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' || process.env['LOCAL_BUILD'] === '1') return;
        const problems = productionProblems(process.env);
        if (problems.length > 0) {
          throw new Error(`生产构建的设置不完整：\n${problems.map((p) => `  - ${p}`).join('\n')}`);
        }
        const { url, variable } = siteAddress(process.env);
        if (variable === 'CF_PAGES_URL') {
          logger.warn(
            `网站地址取自 CF_PAGES_URL（${url}），这是本次部署自己的 pages.dev 地址；有正式域名时请设置 SITE_URL。`,
          );
        }
      },
      'astro:build:done': async ({ dir }) => {
        const file = fileURLToPath(new URL('_headers', dir));
        if (process.env['CF_PAGES'] !== '1' || !existsSync(file)) return;
        await writeFile(file, cloudflareHeaders(await readFile(file, 'utf8')));
      },
    },
  };
}
