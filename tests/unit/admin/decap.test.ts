/**
 * admin/decap.ts registers only some of Decap's widgets and backends: every widget the
 * generated configuration uses, and every backend it can name, must be among them, or
 * /admin/ would fail with Decap's "no control for widget" / "backend not found".
 */
import { describe, expect, it } from 'vitest';
import { BACKENDS, decapConfig } from '../../../admin/decap-config.ts';
import { DECAP_BACKENDS, DECAP_WIDGETS } from '../../../admin/decap-parts.ts';
import type { DecapField } from '../../../src/schemas/to-decap.ts';

/** Every widget name in a field list, nested objects and lists included. */
function widgetsOf(fields: readonly DecapField[]): string[] {
  return fields.flatMap((field) => [
    field.widget,
    ...widgetsOf((field['fields'] as DecapField[] | undefined) ?? []),
    ...(field['field'] ? widgetsOf([field['field'] as DecapField]) : []),
    ...((field['types'] as DecapField[] | undefined) ?? []).flatMap((t) => widgetsOf([t])),
  ]);
}

describe('the Decap parts admin/decap.ts registers', () => {
  it('include every widget of every content type', () => {
    const config = decapConfig({ CMS_REPO: 'org/site' });
    const used = new Set(
      config.collections.flatMap((c) => [
        ...widgetsOf(c.fields ?? []),
        ...(c.files ?? []).flatMap((f) => widgetsOf(f.fields)),
      ]),
    );
    // The walk reaches nested fields: forms have lists of objects inside lists.
    expect(used).toContain('list');
    expect(used).toContain('object');
    expect([...used].filter((w) => !(DECAP_WIDGETS as readonly string[]).includes(w))).toEqual([]);
  });

  it('include every backend the configuration can name, and the local decap-server', () => {
    for (const name of Object.keys(BACKENDS)) {
      expect(decapConfig({ CMS_BACKEND: name, CMS_REPO: 'org/site' })['backend']).toMatchObject({ name });
      expect(DECAP_BACKENDS).toContain(name);
    }
    // Decap switches to `proxy` when it finds a local decap-server (npm run cms).
    expect(DECAP_BACKENDS).toContain('proxy');
  });
});
