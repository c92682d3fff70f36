/**
 * Write the nginx `location` blocks for public/_headers (see deploy/README.md):
 *
 *   node scripts/nginx-headers.ts [out-file]      (npm run deploy:nginx -- out-file)
 *
 * Without an out file the blocks are printed. deploy/nginx/gyxz.conf includes them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseHeaders } from './lib/headers-file.ts';
import { nginxLocations } from './lib/nginx-headers.ts';

const text = nginxLocations(parseHeaders(readFileSync(new URL('../public/_headers', import.meta.url), 'utf8')));
const out = process.argv[2];
if (out) {
  writeFileSync(out, text);
  console.log(`已写入 ${out}`);
} else process.stdout.write(text);
