import { describe, expect, it } from 'vitest';
import { libraryProblems } from '../../../src/library/check-library.ts';
import { toZod } from '../../../src/schemas/to-zod.ts';
import { industries, profiles, projects } from '../../../src/schemas/index.ts';
import { INDUSTRIES } from '../../../src/schemas/industries.ts';

const xiaofeng = { province: '浙江省', county: '安吉县', town: '孝丰镇', townSlug: 'zhejiang-anji-xiaofeng' };
const project = {
  title: '某项目',
  date: '2026-05-01',
  ...xiaofeng,
  industry: '智能制造',
  status: '征集中',
  summary: '摘要',
  source: '来源',
};

describe('library content types', () => {
  it('a project names an industry of the editors’ list, which starts with the seed’s words', () => {
    expect(INDUSTRIES.slice(0, 5)).toEqual(['智能制造', '绿色低碳', '工业旅游', '特色产业', '产业孵化']);
    expect(toZod(projects).safeParse(project).success).toBe(true);
    const wrong = toZod(projects).safeParse({ ...project, industry: '房地产' });
    expect(wrong.error?.issues[0]?.message).toContain('「产业」应为以下之一：智能制造、');
    expect(toZod(industries).safeParse({ industries: [] }).success).toBe(false);
  });

  it('a project’s status is one of 征集中, 洽谈中, 已签约, 征集中 by default', () => {
    const noStatus: Partial<typeof project> = { ...project };
    delete noStatus.status;
    expect(toZod(projects).parse(noStatus).status).toBe('征集中');
    expect(toZod(projects).safeParse({ ...project, status: '已完成' }).success).toBe(false);
  });

  it('a profile needs only its town and its source; everything else may stay empty', () => {
    expect(toZod(profiles).safeParse({ ...xiaofeng, source: '镇域发展问卷' }).success).toBe(true);
    expect(toZod(profiles).safeParse(xiaofeng).success).toBe(false);
    const firm = { name: '某企业', share: '全国 30%', shareSource: '行业协会', shareYear: 2025 };
    expect(toZod(profiles).safeParse({ ...xiaofeng, source: 's', leadingFirms: [firm] }).success).toBe(true);
  });
});

describe('libraryProblems', () => {
  it('allows one profile per town, naming the file that already has it', () => {
    const problems = libraryProblems(
      [
        { id: 'zhejiang-anji-xiaofeng', data: xiaofeng },
        { id: 'zhejiang-anji-xiaofeng-1', data: xiaofeng },
        { id: 'xiaofeng', data: { ...xiaofeng, townSlug: 'xiaofeng' } },
      ],
      [],
    );
    expect(problems.map((p) => `${p.file} ${p.field}：${p.message}`)).toEqual([
      'content/profiles/zhejiang-anji-xiaofeng.md town：浙江省安吉县孝丰镇已有档案 content/profiles/xiaofeng.md；一个镇只能有一份镇域产业档案，请把内容合并到那一份',
      'content/profiles/zhejiang-anji-xiaofeng-1.md town：浙江省安吉县孝丰镇已有档案 content/profiles/xiaofeng.md；一个镇只能有一份镇域产业档案，请把内容合并到那一份',
    ]);
  });

  it('wants an investment range from low to high', () => {
    const data = { ...xiaofeng, investmentMin: 5000, investmentMax: 3000 };
    expect(libraryProblems([], [{ id: 'p', data }])).toEqual([
      {
        file: 'content/projects/p.md',
        field: 'investmentMax',
        message: '「投资规模上限（万元）」3000 小于下限 5000；上限应不小于下限',
      },
    ]);
    expect(libraryProblems([], [{ id: 'p', data: { ...data, investmentMax: 5000 } }])).toEqual([]);
  });
});
