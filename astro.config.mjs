// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

/**
 * SITE_URL is the public address of the site (canonical URLs, RSS, sitemap, share images).
 * OUT_DIR lets `scripts/build.ts` build into a temporary folder and swap it in only on success.
 */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  // Separate caches let tests and the benchmark build in parallel without clobbering each other.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  build: { format: 'directory' },
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes('/admin/') })],
  devToolbar: { enabled: false },
});
