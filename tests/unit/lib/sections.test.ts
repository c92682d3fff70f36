import { describe, expect, it } from 'vitest';
import { SECTIONS, section } from '../../../src/lib/sections.ts';

describe('sections', () => {
  it('knows every section', () => {
    expect(SECTIONS.map((s) => s.key)).toEqual(['forum', 'news', 'research', 'policies', 'toolkits', 'stories']);
    expect(section('toolkits').label).toBe('工具包');
  });
});
