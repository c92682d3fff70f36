import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonFormat } from '../../../admin/json-format.ts';
import { settings } from '../../../src/schemas/index.ts';
import { ROOT } from '../../support/paths.ts';

describe('JSON files written by the CMS keep the repository form', () => {
  it('writes the settings file byte for byte as it is, whatever order the keys arrive in', () => {
    const file = readFileSync(path.join(ROOT, 'content/settings/site.json'), 'utf8');
    const data = jsonFormat.fromFile(file) as Record<string, unknown>;
    const shuffled = Object.fromEntries(Object.entries(data).reverse());
    expect(jsonFormat.toFile(shuffled, Object.keys(settings.fields))).toBe(file);
  });

  it('keeps keys the fields do not name, after the named ones, in their order', () => {
    expect(jsonFormat.toFile({ z: 1, b: 2, y: 3, a: 4 }, ['a', 'b'])).toBe(
      '{\n  "a": 4,\n  "b": 2,\n  "z": 1,\n  "y": 3\n}\n',
    );
  });
});
