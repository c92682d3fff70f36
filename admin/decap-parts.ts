/**
 * The Decap backends and widgets admin/decap.ts registers, listed apart from Decap's code
 * so that tests can check the generated configuration against them without a browser.
 */

/** Backends admin/decap-config.ts may name, and `proxy` (the local decap-server). */
export const DECAP_BACKENDS = ['github', 'gitlab', 'forgejo', 'proxy'] as const;

/** Widgets the schemas compile to (src/schemas/to-decap.ts). */
export const DECAP_WIDGETS = [
  'boolean',
  'date',
  'file',
  'image',
  'list',
  'markdown',
  'number',
  'object',
  'select',
  'string',
  'text',
] as const;
