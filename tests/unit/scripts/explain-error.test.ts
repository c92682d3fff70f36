import { describe, expect, it } from 'vitest';
import { explainBuildError } from '../../../scripts/lib/explain-error.ts';

describe('build error messages', () => {
  it('names the file and each field', () => {
    const astro = '**news → bad-one** data does not match collection schema.\n\n  **title**: 「标题」应为文字\n';
    const [file, field] = explainBuildError(astro, '/nowhere/content').split('\n');
    expect(file).toMatch(/^内容有误：.*nowhere\/content\/news\/bad-one$/);
    expect(field).toBe('  字段 title：「标题」应为文字');
  });
  it('passes other errors through', () => {
    expect(explainBuildError('boom', '/x')).toBe('boom');
  });
});
