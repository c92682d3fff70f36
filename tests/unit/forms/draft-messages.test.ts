import { describe, expect, it } from 'vitest';
import { draftMessages } from '../../../src/forms/draft-messages.ts';

describe('draftMessages', () => {
  it('mentions ID numbers only on a form that asks for one', () => {
    for (const text of Object.values(draftMessages(false))) expect(text).not.toContain('身份证号');
    expect(draftMessages(true).saved).toContain('身份证号不保存');
    expect(draftMessages(true).loaded).toContain('身份证号不保存，请重新填写');
  });

  it('offers to undo a clearing', () => {
    expect(draftMessages(false).cleared).toContain('撤销');
  });
});
