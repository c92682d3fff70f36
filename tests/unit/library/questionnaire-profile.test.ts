import { load } from 'js-yaml';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formWorkbook } from '../../../src/forms/workbook.ts';
import { mergeImport } from '../../../src/library/merge-import.ts';
import { questionnaireProfile } from '../../../src/library/questionnaire-profile.ts';
import { forms, type FormDef } from '../../../src/schemas/form.ts';
import { profiles } from '../../../src/schemas/profile.ts';
import { toZod } from '../../../src/schemas/to-zod.ts';
import { ROOT } from '../../support/paths.ts';

function formDef(id: string): FormDef {
  const text = readFileSync(path.join(ROOT, 'content/forms', `${id}.md`), 'utf8');
  return toZod(forms).parse(load(/^---\n([\s\S]*?)\n---/.exec(text)![1]!));
}
const def = formDef('questionnaire');

/** A returned questionnaire as the site's form writes it, with `answers` by field code. */
function returned(answers: Record<string, string>, title = def.title): Uint8Array {
  const values = def.sections.map((s) => [Object.fromEntries(s.fields.map((f) => [f.key, answers[f.key] ?? '']))]);
  return formWorkbook({ title, sections: def.sections, values, notes: ['填写后请发送至 gyxzyjzx@163.com。'] });
}

/** Problems and notes as the CMS shows them: place, then message. */
const said = (list: readonly { field: string; message: string }[]) => list.map((p) => `${p.field}：${p.message}`);

const FILLED = {
  town: '孝丰镇人民政府',
  filler: '测试丁',
  'featured-industry': '测试特色产业',
  specialties: '测试特产甲\n测试特产乙；测试特产丙',
  'leading-firms': '测试企业甲，员工 100 人，全国 10%\n测试企业乙',
  'investment-promotion': '有意向',
  'development-needs': '测试需求',
  partners: '测试交流对象',
  'attend-forum': '无',
};

describe('a returned questionnaire becomes a profile', () => {
  it('fills items 1–5 into the profile fields, and says what the editor must split by hand', async () => {
    const { profile, problems, notes } = await questionnaireProfile(returned(FILLED), '问卷.xlsx', def);
    expect(problems).toEqual([]);
    expect(profile).toEqual({
      town: '孝丰镇',
      featuredIndustry: '测试特色产业',
      specialties: [{ name: '测试特产甲' }, { name: '测试特产乙' }, { name: '测试特产丙' }],
      leadingFirms: [{ name: '测试企业甲，员工 100 人，全国 10%' }, { name: '测试企业乙' }],
      investment: '有意向',
      needs: '测试需求',
      partners: '测试交流对象',
      source: '镇域发展问卷（孝丰镇人民政府填写）',
    });
    expect(said(notes)).toEqual([expect.stringMatching(/^第 \d+ 行「特产龙头企业[^」]*」：按行分为 2 家企业/)]);
    // With the town's place and slug added by the editor, it is a valid profile.
    const full = { ...profile, province: '浙江省', county: '安吉县', townSlug: 'zhejiang-anji-xiaofeng' };
    expect(toZod(profiles).safeParse(full).success).toBe(true);
  });

  it('leaves out what nobody filled in', async () => {
    const { profile, problems } = await questionnaireProfile(returned({ town: '周市镇人民政府' }), 'a.xlsx', def);
    expect(problems).toEqual([]);
    expect(profile).toEqual({ town: '周市镇', source: '镇域发展问卷（周市镇人民政府填写）' });
  });

  it('refuses a file that is no workbook, or another form’s, naming the place', async () => {
    const notXlsx = await questionnaireProfile(new TextEncoder().encode('镇,特产'), 'a.csv', def);
    expect(said(notXlsx.problems)).toEqual(['数据文件：应为本站“镇域发展问卷”生成的 Excel 文件（.xlsx）']);
    const garbage = await questionnaireProfile(new Uint8Array([1, 2, 3]), 'a.xlsx', def);
    expect(garbage.problems[0]?.message).toContain('不是 Excel 工作簿');
    const reply = formDef('reply');
    const other = formWorkbook({ title: reply.title, sections: reply.sections });
    const wrong = await questionnaireProfile(other, 'b.xlsx', def);
    expect(said(wrong.problems)).toEqual([
      '第 1 行（标题）：应为「镇域发展问卷」，现在是「参会回执表」；请上传本站“镇域发展问卷”生成的文件',
    ]);
  });

  it('refuses a bad answer, naming its row and field', async () => {
    const bad = returned({ ...FILLED, town: '孝丰乡人民政府', 'investment-promotion': '也许' });
    const { problems } = await questionnaireProfile(bad, 'c.xlsx', def);
    expect(said(problems)).toEqual([
      expect.stringMatching(
        /^第 \d+ 行「镇政府名称」：应为镇政府的名称，例如：孝丰镇人民政府；现在是「孝丰乡人民政府」$/,
      ),
      expect.stringMatching(/^第 \d+ 行「有无招商及地方推介意向？」：应为 有意向 或 无，现在是「也许」$/),
    ]);
  });
});

describe('mergeImport', () => {
  it('fills what the editor left empty, keeps what was typed, and drops the pending import', async () => {
    const { profile } = await questionnaireProfile(returned(FILLED), '问卷.xlsx', def);
    const pending = JSON.stringify({ file: '问卷.xlsx', profile });
    const typed = {
      province: '浙江省',
      town: '孝丰镇',
      needs: '编辑写的需求',
      specialties: [],
      questionnaire: pending,
    };
    const merged = mergeImport(typed, 'questionnaire');
    expect(merged).toEqual({ ...profile, province: '浙江省', town: '孝丰镇', needs: '编辑写的需求' });
    expect(mergeImport({ town: '孝丰镇', questionnaire: '' }, 'questionnaire')).toEqual({ town: '孝丰镇' });
  });
});
