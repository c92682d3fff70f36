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
 * @example replyNotes(forum.data)[0] // '会议时间：2026年4月3日，请 2026年4月2日 报到。'
 */
export function replyNotes(f: ReplyNotesInput): string[] {
  const r = f.registration;
  const lines = [
    `会议时间：${formatDate(f.date)}${f.checkInDate ? `，请 ${formatDate(f.checkInDate)} 报到` : ''}。`,
    `会议地点：${f.venue.name}${f.venue.address ? `（${f.venue.address}）` : ''}。`,
  ];
  if (f.hotel) {
    const rooms = f.hotel.rooms.map((room) => `${room.type} ${room.price} 元${room.note ? `（${room.note}）` : ''}`);
    const breakfast = f.hotel.breakfastPrice !== undefined ? `，早餐 ${f.hotel.breakfastPrice} 元/位` : '';
    lines.push(`${f.hotel.name}住宿标准：${rooms.join('，')}${breakfast}。`, ...(f.hotel.notes ?? []));
  }
  lines.push(
    ...(f.notes ?? []),
    `会议费 ${r.fee} 元/人${r.feeNote ? `（${r.feeNote}）` : ''}，请在会前电汇：开户银行：${r.bankName}；户名：${r.accountName}；账号：${r.accountNumber}。`,
    `请将回执表和汇款回执（或截图）于 ${formatDate(r.deadline)} 前发至组委会指定邮箱：${r.email}。`,
    ...f.contacts.map((c) => `联系人：${c.name}　联系电话：${c.phones.join(' / ')}`),
  );
  return lines;
}
