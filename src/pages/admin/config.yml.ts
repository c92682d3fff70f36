import type { APIRoute } from 'astro';
import { decapConfig } from '../../../admin/decap-config.ts';

/**
 * /admin/config.yml, generated at build time from the content definitions and the
 * CMS_* environment variables. JSON is valid YAML, and needs no YAML library.
 */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(decapConfig(process.env), null, 2), {
    headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
  });
