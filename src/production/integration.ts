/**
 * Production settings that cannot ship wrong: `astro build` (and `npm run build`) stops
 * before writing anything when the public address is missing or loopback, or when the CMS
 * backend is incomplete, naming each variable in Chinese.
 *
 * Local builds (`npm start`, `npm run build -- --local`, the tests) set LOCAL_BUILD=1: they may
 * use the loopback default and leave the CMS backend unset (then /admin/ says so in Chinese).
 * `astro dev`, `astro check` and `astro sync` are never checked.
 */
import type { AstroIntegration } from 'astro';
import { productionProblems } from './production-problems.ts';

export default function productionSettings(): AstroIntegration {
  return {
    name: 'gyxz:production-settings',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build' || process.env['LOCAL_BUILD'] === '1') return;
        const problems = productionProblems(process.env);
        if (problems.length > 0) {
          throw new Error(`生产构建的设置不完整：\n${problems.map((p) => `  - ${p}`).join('\n')}`);
        }
      },
    },
  };
}
