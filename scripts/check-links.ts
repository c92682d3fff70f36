/**
 * Link integrity of a built site: every internal link and asset (href, src,
 * srcset, og:image, icons, stylesheets, scripts) must resolve to a file in the
 * build, and #fragments to an id. External links are listed for review and are
 * never fetched (the build machine may have no internet, and a slow foreign
 * site must not fail our build).
 *
 *   node scripts/check-links.ts [dist]      (npm run check-links)
 *
 * The site's own origin (canonical and og: URLs use it) is read from the build itself.
 * Exit code 1 when anything is broken.
 */
import path from 'node:path';
import { checkDist } from './lib/check-dist.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
let report: ReturnType<typeof checkDist>;
try {
  report = checkDist(dist);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
const { broken, external, pages } = report;

const outside = new Map<string, Set<string>>();
for (const link of external) outside.set(link.url, (outside.get(link.url) ?? new Set()).add(`/${link.page}`));
console.log(`站外链接 ${outside.size} 个（只列出，不访问）：`);
for (const [url, on] of [...outside].sort())
  console.log(`  ${url}  ← ${[...on].slice(0, 3).join(' ')}${on.size > 3 ? ' …' : ''}`);

if (broken.length) {
  console.error(`\n站内断链 ${broken.length} 个：`);
  for (const b of broken) console.error(`  /${b.page}  ${b.where}="${b.url}"：${b.reason}`);
  process.exit(1);
}
console.log(`\n检查了 ${pages} 个页面：站内链接和资源全部有效。`);
