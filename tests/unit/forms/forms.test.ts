/**
 * The form definitions in content/forms/ and the checks they drive, without a build:
 * definitions parse with the same schema Astro uses, are consistent, and validation and the
 * Excel builder behave as the reply form of the invitation needs.
 */
import ExcelJS from 'exceljs';
import { load } from 'js-yaml';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formDefProblems } from '../../../src/forms/def-problems.ts';
import { validateForm } from '../../../src/forms/validate.ts';
import { formSheet, type SheetLayout, type WorkbookInput } from '../../../src/forms/sheet-layout.ts';
import { formWorkbook } from '../../../src/forms/workbook.ts';
import { xlsxFile } from '../../../src/forms/xlsx-file.ts';
import { toZod } from '../../../src/schemas/to-zod.ts';
import { forms, type FormDef } from '../../../src/schemas/form.ts';
import { ROOT } from '../../support/paths.ts';
import { xlsxRows } from '../../support/xlsx-rows.ts';

function formDef(id: string): FormDef {
  const text = readFileSync(path.join(ROOT, 'content/forms', `${id}.md`), 'utf8');
  return toZod(forms).parse(load(/^---\n([\s\S]*?)\n---/.exec(text)![1]!));
}
const reply = formDef('reply');
const questionnaire = formDef('questionnaire');

/** A complete, valid reply: the standard's example ID and the published example credit code. */
function validReply(): Record<string, string>[][] {
  return [
    [{ org: '测试镇人民政府', address: '测试路 1 号' }],
    [
      {
        name: '测试甲',
        gender: '男',
        position: '镇长',
        phone: '13912345678',
        'id-number': '11010519491231002X',
        email: 'a@example.com',
        'check-in': '2026-04-02',
        'check-out': '2026-04-04',
        room: '标间',
      },
    ],
    [{ breakfast: '' }],
    [{ 'invoice-title': '测试镇人民政府', 'tax-id': '91350100M000100Y43', 'invoice-email': 'f@example.com' }],
  ];
}
const ctx = { eventDate: '2026-04-03', today: new Date('2026-03-01') };

describe('form definitions in content/forms/', () => {
  it('have the seed’s reply-form fields in the seed’s order', () => {
    expect(reply.sections.flatMap((s) => s.fields.map((f) => f.label))).toEqual([
      '单位名称',
      '地址',
      '姓名',
      '性别',
      '职务',
      '电话',
      '身份证号',
      '电子邮箱',
      '入住日期',
      '退房日期',
      '入住房型',
      '需要用餐（位）',
      '发票名称',
      '纳税人识别号',
      '电子发票接收邮箱',
    ]);
    const room = reply.sections[1]!.fields.find((f) => f.key === 'room');
    expect(room?.options).toEqual(['标间', '大床', '不预订']);
  });

  it('the questionnaire has the seed’s nine numbered items', () => {
    expect(questionnaire.sections.filter((s) => s.number).map((s) => s.number)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
    ]);
  });

  it('are consistent, and inconsistent definitions are explained in Chinese', () => {
    expect(formDefProblems(reply)).toEqual([]);
    expect(formDefProblems(questionnaire)).toEqual([]);
    const [unit, people, ...rest] = reply.sections;
    const broken = {
      sections: [
        { ...unit!, fields: [unit!.fields[0]!, { ...unit!.fields[1]!, key: 'org' }] },
        {
          ...people!,
          fields: people!.fields.map((f) =>
            f.key === 'check-out'
              ? { ...f, after: '入住房型' }
              : f.key === 'check-in'
                ? { ...f, requiredUnless: '入住房型=不住' }
                : f,
          ),
        },
        ...rest,
      ],
    };
    const problems = formDefProblems(broken);
    expect(problems.join('\n')).toContain('字段代号 org 重复');
    expect(problems.join('\n')).toContain('须晚于');
    expect(problems.join('\n')).toContain('以下情况可不填');
  });

  it('name other fields by their 字段名称, never by their code', () => {
    // What editors see in the CMS's 须晚于 and 以下情况可不填 are the form's own words.
    const people = reply.sections[1]!;
    const checkOut = people.fields.find((f) => f.key === 'check-out')!;
    expect(checkOut).toMatchObject({ after: '入住日期', requiredUnless: '入住房型=不预订' });
    const byCode = {
      sections: [
        {
          ...people,
          fields: people.fields.map((f) =>
            f === checkOut ? { ...f, after: 'check-in', requiredUnless: 'room=不预订' } : f,
          ),
        },
      ],
    };
    expect(formDefProblems(byCode)).toEqual([
      '「参会人员」中的「退房日期」的“须晚于”应填写同一部分中一个日期字段的字段名称（例如 入住日期），现为 check-in',
      '「参会人员」中的「退房日期」的“以下情况可不填”应写成 字段名称=选项（同一部分中的单选字段，例如 入住房型=不预订），现为 room=不预订',
    ]);
  });
});

describe('validateForm on the reply form', () => {
  it('accepts a complete reply', () => expect(validateForm(reply, validReply(), ctx)).toEqual([]));

  it('asks for required fields, in Chinese', () => {
    const values = validReply();
    values[0]![0]!['org'] = '';
    values[1]![0]!['gender'] = '';
    const messages = validateForm(reply, values, ctx).map((e) => e.message);
    expect(messages).toEqual(['请填写单位名称', '请选择性别']);
  });

  it('checks check-out after check-in and dates around the forum', () => {
    const values = validReply();
    values[1]![0]!['check-out'] = '2026-04-02';
    expect(validateForm(reply, values, ctx)[0]).toMatchObject({
      row: 0,
      key: 'check-out',
      message: '退房日期应晚于入住日期',
    });
    values[1]![0]!['check-in'] = '2026-05-02';
    values[1]![0]!['check-out'] = '2026-05-03';
    const messages = validateForm(reply, values, ctx).map((e) => e.message);
    expect(messages).toContain('入住日期应在论坛日期（2026年4月3日）前后 7 天之内');
  });

  it('lets dates stay empty when no room is booked, but not otherwise', () => {
    const values = validReply();
    values[1]![0]!['check-in'] = '';
    values[1]![0]!['check-out'] = '';
    expect(validateForm(reply, values, ctx).map((e) => e.key)).toEqual(['check-in', 'check-out']);
    values[1]![0]!['room'] = '不预订';
    expect(validateForm(reply, values, ctx)).toEqual([]);
  });

  it('points at the row of the attendee with the problem', () => {
    const values = validReply();
    values[1]!.push({ ...values[1]![0]!, 'id-number': '11010519491231002Y', phone: '123' });
    expect(validateForm(reply, values, ctx).map((e) => [e.row, e.key])).toEqual([
      [1, 'phone'],
      [1, 'id-number'],
    ]);
    expect(validateForm(reply, [values[0]!, [], values[2]!, values[3]!], ctx)[0]!.message).toBe(
      '请至少填写一行「参会人员」',
    );
  });
});

describe('formWorkbook', () => {
  it('lays the blank reply form out like the seed: three attendee rows with room boxes', async () => {
    const r = await xlsxRows(formWorkbook({ title: '参会回执表', sections: reply.sections, notes: ['备注一行'] }));
    expect(r[0]![0]).toBe('参会回执表');
    expect(r[3]).toEqual(['姓名', '性别', '职务', '电话', '身份证号', '电子邮箱', '入住日期', '退房日期', '入住房型']);
    expect(r.slice(4, 7).map((row) => row[8])).toEqual(Array(3).fill('标间 □　大床 □　不预订 □'));
    expect(r.at(-1)![0]).toBe('备注一行');
  });

  it('writes exactly what was typed, ID numbers as text', async () => {
    const values = validReply();
    values[2]![0]!['breakfast'] = '2';
    const bytes = formWorkbook({ title: '参会回执表', sections: reply.sections, values });
    const r = await xlsxRows(bytes);
    expect(r[1]!.slice(0, 3)).toEqual(['单位信息', '单位名称', '测试镇人民政府']);
    expect(r[4]).toEqual([
      '测试甲',
      '男',
      '镇长',
      '13912345678',
      '11010519491231002X',
      'a@example.com',
      '2026-04-02',
      '2026-04-04',
      '标间',
    ]);
    expect(r[5]!.slice(1, 3)).toEqual(['需要用餐（位）', '2']);
  });

  it('numbers the questionnaire items in the first column', async () => {
    const r = await xlsxRows(formWorkbook({ title: '镇域发展问卷', sections: questionnaire.sections }));
    const numbers = new Set(r.map((row) => /^(\d) /.exec(row[0]!)?.[1]).filter(Boolean));
    expect([...numbers]).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(r.find((row) => row[1]!.startsWith('镇政府有无意向打造新 IP'))?.[2]).toBe('有意向 □　无 □');
  });
});

/*
 * The .xlsx writer read back by exceljs, cell by cell against the layout it was given: values,
 * merged ranges, bold and size, borders, alignment, column widths, row heights and print setup.
 * (Before exceljs was replaced, the same comparison of both writers' files found no difference.)
 */
async function readBack(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb.worksheets[0]!;
}

const THIN = { style: 'thin' };

async function expectSame(layout: SheetLayout) {
  const ws = await readBack(xlsxFile(layout));
  expect(ws.name).toBe(layout.name);
  const merged = new Map<string, string>();
  for (const [r1, c1, r2, c2] of layout.merges) {
    for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) merged.set(`${r}:${c}`, `${r1}:${c1}`);
  }
  layout.rows.forEach((cells, i) => {
    const r = i + 1;
    expect(ws.getRow(r).height, `row ${r} height`).toBe(layout.heights[r]);
    cells.forEach((cell, j) => {
      const c = j + 1;
      const got = ws.getCell(r, c);
      const [mr, mc] = (merged.get(`${r}:${c}`) ?? `${r}:${c}`).split(':').map(Number);
      const master = layout.rows[mr! - 1]![mc! - 1]!;
      const where = `${got.address} (${cell.style})`;
      expect(got.value ?? '', where).toEqual(master.value);
      expect(got.isMerged, where).toBe(merged.has(`${r}:${c}`));
      expect(Boolean(got.font?.bold), where).toBe(cell.style !== 'cell' && cell.style !== 'note');
      expect(got.font?.size, where).toBe(
        cell.style === 'title' ? 14 : cell.style === 'cell' || cell.style === 'note' ? 11 : undefined,
      );
      const bordered = cell.style === 'head' || cell.style === 'cell';
      expect(got.border, where).toEqual(bordered ? { top: THIN, left: THIN, bottom: THIN, right: THIN } : {});
      expect(got.alignment, where).toEqual(
        cell.style === 'title'
          ? { horizontal: 'center', vertical: 'middle' }
          : { vertical: cell.style === 'note' ? 'top' : 'middle', wrapText: true },
      );
    });
  });
  expect(ws.columns.map((c) => c.width)).toEqual(layout.widths);
  expect(ws.pageSetup).toMatchObject({
    paperSize: 9,
    orientation: layout.landscape ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
  });
}

const cases: [string, WorkbookInput][] = [
  [
    'blank reply form',
    { title: '参会回执表', sections: reply.sections, notes: ['会议时间：2026年4月3日。', '联系人'] },
  ],
  [
    'filled reply form, markup and a number',
    {
      title: '参会回执表',
      sections: reply.sections,
      values: [
        [{ org: '测试镇 <&> "引号"', address: '地址 1 号' }],
        [{ name: '测试甲', gender: '男', phone: '13912345678', room: '标间' }, { name: '测试乙' }],
        [{ breakfast: '2' }],
        [{ 'invoice-title': '测试' }],
      ],
    },
  ],
  ['blank questionnaire', { title: '镇域发展问卷', sections: questionnaire.sections, notes: ['填写后请发送。'] }],
  [
    'filled questionnaire, several lines',
    {
      title: '镇域发展问卷',
      sections: questionnaire.sections,
      values: [[{ town: '测试镇', filler: '测试丁' }], [{ 'new-ip': '有意向', 'featured-industry': '第一行\n第二行' }]],
    },
  ],
];

describe('xlsxFile', () => {
  for (const [name, input] of cases) {
    it(`${name}: exceljs reads back every cell as laid out`, async () => {
      await expectSame(formSheet(input));
    });
  }

  it('the same form gives the same bytes', () => {
    const input = cases[0]![1];
    expect(xlsxFile(formSheet(input))).toEqual(xlsxFile(formSheet(input)));
  });
});
