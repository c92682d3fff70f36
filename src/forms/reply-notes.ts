import { formatDate } from '../lib/format-date.ts';

/** The parts of a forum edition the reply form's notes repeat. */
export interface ReplyNotesInput {
  date: Date;
  checkInDate?: Date | undefined;
  venue: { name: string; address?: string | undefined };
  registration: {
    deadline: Date;
    email: string;
    fee: number;
    feeNote?: string | undefined;
    bankName: string;
    accountName: string;
    accountNumber: string;
  };
  hotel?:
    | {
        name: string;
        rooms: { type: string; price: number; note?: string | undefined }[];
        breakfastPrice?: number | undefined;
        notes?: string[] | undefined;
      }
    | undefined;
  notes?: string[] | undefined;
  contacts: { name: string; phones: string[] }[];
}

/**
 * The lines printed under the reply table, as in the invitation's 附件1: meeting dates and venue,
 * hotel, fee and bank, where and by when to send it, contacts. All taken from the edition's content.
 * Once replies are no longer accepted (`state` closed or past) the blank form is the edition's
 * record: it says first that registration has closed, and asks for nothing (no 请…报到, no 请在会前电汇).
 * @example replyNotes(forum.data)[0] // '会议时间：2026年4月3日，请 2026年4月2日 报到。'
 * @example replyNotes(forum.data, 'past')[0] // '报名已于 2026年3月18日 截止，组委会不再接收回执表和会议费；本表为本届的记录。'
 */
export function replyNotes(f: ReplyNotesInput, state: 'open' | 'closed' | 'past' = 'open'): string[] {
  const r = f.registration;
  const open = state === 'open';
  const deadline = formatDate(r.deadline);
  const checkIn =
    f.checkInDate && (open ? `，请 ${formatDate(f.checkInDate)} 报到` : `，${formatDate(f.checkInDate)} 报到`);
  const bank = `开户银行：${r.bankName}；户名：${r.accountName}；账号：${r.accountNumber}。`;
  const fee = `会议费 ${r.fee} 元/人${r.feeNote ? `（${r.feeNote}）` : ''}`;
  const lines = [
    ...(open ? [] : [`报名已于 ${deadline} 截止，组委会不再接收回执表和会议费；本表为本届的记录。`]),
    `会议时间：${formatDate(f.date)}${checkIn ?? ''}。`,
    `会议地点：${f.venue.name}${f.venue.address ? `（${f.venue.address}）` : ''}。`,
  ];
  if (f.hotel) {
    const rooms = f.hotel.rooms.map((room) => `${room.type} ${room.price} 元${room.note ? `（${room.note}）` : ''}`);
    const breakfast = f.hotel.breakfastPrice !== undefined ? `，早餐 ${f.hotel.breakfastPrice} 元/位` : '';
    lines.push(`${f.hotel.name}住宿标准：${rooms.join('，')}${breakfast}。`, ...(f.hotel.notes ?? []));
  }
  // As on the forum page: notes about sending the reply would repeat, as requests, what the record states.
  lines.push(
    ...(f.notes ?? []).filter((n) => open || !n.includes('回执')),
    open ? `${fee}，请在会前电汇：${bank}` : `${fee}，本届以电汇方式缴纳，收款账户为：${bank}`,
    open
      ? `请将回执表和汇款回执（或截图）于 ${deadline} 前发至组委会指定邮箱：${r.email}。`
      : `本届的办法是在 ${deadline} 前将回执表和汇款回执（或截图）发至组委会指定邮箱：${r.email}。`,
    ...f.contacts.map((c) => `联系人：${c.name}　联系电话：${c.phones.join(' / ')}`),
  );
  return lines;
}
