// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import adminBundle from './admin/integration.ts';
import { cacheFolder } from './src/lib/build-cache.ts';
import contentChecks from './src/content-checks/integration.ts';
import { sitemapLastmod } from './src/dates/sitemap-lastmod.ts';
import { contentDir } from './src/lib/content-dir.ts';
import { contactLinks } from './src/markdown/contact-links.ts';
import { untrustedHtml } from './src/markdown/untrusted-html.ts';
import pagefind from './src/search/integration.ts';
import ogCards from './src/og/integration.ts';
import productionSettings from './src/production/integration.ts';
import { siteAddress } from './src/production/site-address.ts';

/**
 * The public address (SITE_URL, or the host's own variable) is resolved in one module,
 * src/production/site-address.ts; a production build refuses a missing or loopback one.
 * OUT_DIR lets `scripts/build.ts` build into a temporary folder and swap it in only on success.
 */
const site = siteAddress(process.env).url;

export default defineConfig({
  site,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  // Beside the build's other caches (src/lib/build-cache.ts), so hosts keep one folder; tests
  // and the benchmark move it (ASTRO_CACHE_DIR) to build in parallel without clobbering each other.
  cacheDir: cacheFolder('astro'),
  // 'never': no <style> blocks in pages, so the CSP can keep style-src 'self' without 'unsafe-inline'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // 0: Astro would otherwise inline small page scripts as <script> blocks, which the CSP
  // (script-src 'self', public/_headers) refuses to run. Every script ships as a file.
  // The dev server must not watch build caches, test clones or benchmark corpora
  // (thousands of files there exhaust the system's file watchers).
  vite: {
    build: { assetsInlineLimit: 0 },
    server: { watch: { ignored: ['**/.cache/**', '**/.bench/**', '**/dist/**'] } },
  },
  markdown: {
    // Markdown is untrusted (correspondents, pasted text): raw HTML is shown as text and unsafe URLs
    // dropped (src/markdown/untrusted-html.ts). rawHtml must stay false so raw HTML reaches the plugin
    // as raw nodes; tests/build/xss.test.ts checks the final HTML.
    processor: satteri({ hastPlugins: [untrustedHtml, contactLinks(site)], features: { rawHtml: false } }),
  },
  integrations: [
    // A production build without a public address or a complete CMS backend stops here.
    productionSettings(),
    // Bad content stops the build before anything is written (src/content-checks/integration.ts).
    contentChecks(),
    // The CMS bundle is built apart from Astro and cached (admin/integration.ts).
    adminBundle(),
    mdx(),
    // Only indexable pages: /admin/, the poster tool and the search page are noindex, and
    // /stories/towns/… only redirects to the town pages under /towns/. An entry's page carries
    // <lastmod> from git (src/dates/sitemap-lastmod.ts).
    sitemap({
      filter: (page) => !['/admin/', '/share/', '/search/', '/stories/towns/'].some((p) => page.includes(p)),
      serialize: sitemapLastmod(contentDir()),
    }),
    pagefind(),
    // Share cards for every page (src/og/README.md).
    ogCards(),
  ],
  devToolbar: { enabled: false },
});
