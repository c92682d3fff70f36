import { describe, expect, it } from 'vitest';
import { isRefusedSave } from '../../../admin/refused-save.ts';

describe("Decap's refused saves", () => {
  it('are the empty rejection and the two failure actions, nothing else', () => {
    expect(isRefusedSave(undefined)).toBe(true);
    expect(isRefusedSave({ type: 'UNPUBLISHED_ENTRY_PERSIST_FAILURE', payload: {} })).toBe(true);
    expect(isRefusedSave({ type: 'ENTRY_PERSIST_FAILURE' })).toBe(true);
    expect(isRefusedSave(new Error('网络错误'))).toBe(false);
    expect(isRefusedSave(null)).toBe(false);
    expect(isRefusedSave({ type: 'ENTRIES_FAILURE' })).toBe(false);
  });
});
