import { describe, expect, it } from 'vitest';
import { forumFacts, type ForumInfo } from '../../../src/forum/facts.ts';
import { calendarLink, stateNotice } from '../../../src/forum/state-notice.ts';

/** The 2026 edition's facts as content/forum/2026.md gives them (dates as the build reads them). */
const forum: ForumInfo = {
  date: new Date('2026-04-03'),
  dayNote: '全天',
  checkInDate: new Date('2026-04-02'),
  checkInNote: '下午',
  venue: { name: '国务院第二招待宾馆', address: '北京市西城区西直门南大街 6 号' },
  registration: {
    fee: 3000,
    feeNote: '不含住宿费、交通等',
    deadline: new Date('2026-03-18'),
    email: 'gyxzyjzx@163.com',
  },
  contacts: [{ name: '张老师', phones: ['010-67410624', '13716385865'] }],
  theme: '镇域新质力：绿色与智能驱动的产业跃迁',
  host: '中国工业报社',
  organizer: '工业小镇研究中心',
};

/** A fact's value as plain text, dates in Chinese. */
const plain = (state: 'open' | 'closed' | 'past') =>
  forumFacts(forum, state, '/forum/2026/register/').map(
    (f) =>
      `${f.term}：${f.parts
        .map((p) =>
          p.kind === 'date'
            ? p.date.toISOString().slice(0, 10)
            : p.kind === 'link'
              ? `[${p.text}](${p.href})`
              : p.kind === 'email'
                ? p.email
                : p.kind === 'contact'
                  ? `${p.name} ${p.phones.join(' / ')}`
                  : p.text,
        )
        .join('')}`,
  );

describe('forumFacts', () => {
  it('gives check-in, fee, deadline and contacts; how to register only while open', () => {
    expect(plain('past')).toEqual([
      '召开：2026-04-03全天',
      '报到：2026-04-02下午',
      '地点：国务院第二招待宾馆（北京市西城区西直门南大街 6 号）',
      '会议费：3000 元/人（不含住宿费、交通等）',
      '报名截止：2026-03-18（已截止）',
      '联系：张老师 010-67410624 / 13716385865',
      '主题：镇域新质力：绿色与智能驱动的产业跃迁',
      '主办：中国工业报社',
      '承办：工业小镇研究中心',
    ]);
    expect(plain('open')).toContain('报名截止：2026-03-18前发送回执表和汇款回执');
    expect(plain('open')).toContain(
      '报名方式：[在线填写回执表](/forum/2026/register/)，连同汇款回执（或截图）发至 gyxzyjzx@163.com',
    );
  });

  it('leaves out a check-in day the edition does not give', () => {
    const terms = forumFacts({ ...forum, checkInDate: undefined }, 'past', '/r/').map((f) => f.term);
    expect(terms).not.toContain('报到');
  });
});

describe('stateNotice', () => {
  it('words each state with formatted dates', () => {
    const open = stateNotice(forum, new Date('2026-03-08T12:00:00+08:00'));
    expect([open.state, open.lead, open.rest, open.record]).toEqual([
      'open',
      '报名进行中',
      '：请于 2026年3月18日前提交回执表和汇款回执（还有 10 天）。',
      undefined,
    ]);
    expect(stateNotice(forum, new Date('2026-03-18T12:00:00+08:00')).rest).toContain('（今天截止）');
    const closed = stateNotice(forum, new Date('2026-03-20T12:00:00+08:00'));
    expect([closed.lead, closed.rest]).toEqual([
      '报名已截止',
      '（截止日期 2026年3月18日）。论坛将于 2026年4月3日举办。',
    ]);
    const past = stateNotice(forum, new Date('2026-12-06T12:00:00+08:00'));
    expect([past.lead, past.rest]).toEqual(['论坛日期 2026年4月3日 已过', '，报名已截止（截止日期 2026年3月18日）。']);
    expect(past.record).toBe('下文的报名与缴费办法是本届论坛的记录：组委会不再接收回执表和会议费。');
    expect(past.asOf).toBe('以上状态按网站生成日期（2026年12月6日）计算：本页不运行脚本，网站更新时才会刷新。');
  });
});

describe('calendarLink', () => {
  it('links the .ics file until the forum day has passed', () => {
    expect(calendarLink('/forum/2027/', 'closed', '下午')).toEqual({
      href: '/forum/2027/calendar.ics',
      text: '加入手机日历（.ics）',
      note: '邀请函只给出日期，日历中为全天事件：报到（下午）和论坛当天。',
    });
    expect(calendarLink('/forum/2027/', 'open', undefined)?.note).toContain('报到（当天）');
    expect(calendarLink('/forum/2026/', 'past', '下午')).toBeUndefined();
  });
});
