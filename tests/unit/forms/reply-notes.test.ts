import { describe, expect, it } from 'vitest';
import { replyNotes, type ReplyNotesInput } from '../../../src/forms/reply-notes.ts';

const forum: ReplyNotesInput = {
  date: new Date('2026-04-03'),
  checkInDate: new Date('2026-04-02'),
  venue: { name: '测试宾馆' },
  registration: {
    deadline: new Date('2026-03-18'),
    email: 'test@example.cn',
    fee: 3000,
    bankName: '测试银行',
    accountName: '测试户名',
    accountNumber: '0000',
  },
  notes: ['本次会议不设接送站服务。', '请将回执表于 3 月 18 日前发至组委会指定邮箱。'],
  contacts: [{ name: '测试联系人', phones: ['010-00000000'] }],
};

describe('replyNotes', () => {
  it('while replies are accepted, asks for the reply and the fee by the deadline', () => {
    const notes = replyNotes(forum).join('\n');
    expect(notes).toContain('请 2026年4月2日 报到');
    expect(notes).toContain('会议费 3000 元/人，请在会前电汇：开户银行：测试银行；户名：测试户名；账号：0000。');
    expect(notes).toContain('请将回执表和汇款回执（或截图）于 2026年3月18日 前发至组委会指定邮箱：test@example.cn。');
    expect(notes).toContain('请将回执表于 3 月 18 日前发至组委会指定邮箱。');
  });

  for (const state of ['closed', 'past'] as const) {
    it(`${state}: says first that registration has closed and asks for nothing`, () => {
      const notes = replyNotes(forum, state);
      expect(notes[0]).toBe('报名已于 2026年3月18日 截止，组委会不再接收回执表和会议费；本表为本届的记录。');
      const text = notes.join('\n');
      expect(text).not.toMatch(/请/u);
      // The record keeps the facts: the account, the address, the contacts.
      expect(text).toContain('账号：0000');
      expect(text).toContain('test@example.cn');
      expect(text).toContain('本次会议不设接送站服务。');
      expect(text).toContain('测试联系人');
    });
  }
});
