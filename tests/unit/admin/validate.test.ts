import { describe, expect, it } from 'vitest';
import { patchPhrases, PHRASES } from '../../../admin/locale.ts';
import { validateValue } from '../../../admin/required-with.ts';
import { townData } from '../../../admin/town-data.ts';
import { cleanEntry, entryProblems, placeOf, townFields, townProblem } from '../../../admin/validate.ts';
import { forms, forum, stories } from '../../../src/schemas/index.ts';

/** A complete test story, as Decap hands it to the preSave check (fixture values). */
const story = {
  title: '测试故事',
  date: '2026-05-12',
  summary: '测试摘要。',
  draft: false,
  province: '浙江省',
  city: '测试市测试县',
  town: '测试乙镇',
  townSlug: 'ceshi-yi-zhen',
  author: '测试通讯员',
  body: '测试正文。',
};

describe('the save check runs the build schema on what the CMS is about to write', () => {
  it('refuses an online form the build would refuse: a 单选 without options, a 须晚于 naming no field', () => {
    const choice = { key: 'choice', label: '测试单选', kind: '单选', required: true, options: ['甲项', '乙项'] };
    const form = {
      title: '测试表单',
      summary: '测试摘要。',
      perEdition: false,
      sections: [{ title: '测试部分', fields: [choice] }],
    };
    expect(entryProblems(forms, form)).toEqual([]);
    const broken = {
      ...form,
      sections: [
        {
          title: '测试部分',
          fields: [
            { ...choice, options: [] },
            { key: 'day', label: '测试日期', kind: '日期', after: 'choice' },
          ],
        },
      ],
    };
    expect(entryProblems(forms, broken)).toEqual([
      '「测试部分」中的「测试单选」是单选，至少需要两个选项',
      '「测试部分」中的「测试日期」的“须晚于”应填写同一部分中一个日期字段的字段名称（例如 入住日期），现为 choice',
    ]);
  });

  it('accepts a complete story, body included', () => {
    expect(entryProblems(stories, story)).toEqual([]);
  });

  it('drops blank optional values Decap writes (empty strings, an untouched image object)', () => {
    const data = { ...story, authorRole: '', cover: { src: '', alt: '' } };
    expect(cleanEntry(stories.fields, data)).toEqual(story);
    expect(entryProblems(stories, data)).toEqual([]);
  });

  it('refuses an image without alt text, in Chinese', () => {
    const problems = entryProblems(stories, { ...story, cover: { src: '/uploads/a.png', alt: '' } });
    expect(problems.join()).toMatch(/图片说明（替代文字）.*不能为空/);
  });

  it('refuses a Chinese town slug with the pattern message', () => {
    expect(entryProblems(stories, { ...story, townSlug: '测试乙镇' }).join()).toMatch(/只能用小写英文字母/);
  });
});

describe('Chinese phrases for the review stages', () => {
  const decap = {
    editor: {
      editorControlPane: { widget: { regexPattern: 'x' } },
      editorToolbar: {
        ready: '就绪',
        inReview: '审核中',
        draft: '草稿',
        backCollection: 'x',
        changesSaved: '修改已保存',
      },
      editor: { onPublishingNotReady: 'x' },
    },
    collection: {
      sidebar: { collections: '集合', allCollections: '所有集合', searchAll: '查找所有...', searchIn: '查找' },
    },
    workflow: {
      workflow: { newPost: '新建帖子', description: 'x', dateFormat: 'MMMM D' },
      workflowCard: { lastChange: 'x', lastChangeNoAuthor: '%{date}', lastChangeNoDate: 'x' },
      workflowList: {
        draftHeader: '草稿',
        inReviewHeader: '审查中',
        readyHeader: '就绪',
        onPublishingNotReadyEntry: 'x',
      },
    },
  };

  it('uses the glossary: 草稿 → 审核中 → 审核通过, 栏目; a card date says it is the last change', () => {
    const patched = patchPhrases(decap) as typeof decap;
    expect(patched.editor.editorToolbar).toMatchObject({ draft: '草稿', inReview: '审核中', ready: '审核通过' });
    expect(patched.workflow.workflowList).toMatchObject({
      draftHeader: '草稿',
      inReviewHeader: '审核中',
      readyHeader: '审核通过',
    });
    expect(patched.collection.sidebar.collections).toBe('栏目');
    // Enter searches every section (admin/collection-search.ts), as the box says.
    expect(patched.collection.sidebar.searchAll).toBe('在所有栏目中查找…');
    // Shown, in green, on a new entry never saved too.
    expect(patched.editor.editorToolbar.changesSaved).toBe('没有未保存的修改');
    expect(patched.workflow.workflow.dateFormat).toBe('M月D日');
    expect(patched.workflow.workflowCard.lastChangeNoAuthor).toBe('最后修改：%{date}');
    // 待发布 is a word readers see on research results and toolkits: no CMS phrase uses it.
    expect(JSON.stringify(patched)).not.toContain('待发布');
    expect(decap.editor.editorToolbar.ready).toBe('就绪');
  });

  it('fails loudly when Decap renames a phrase', () => {
    expect(() => patchPhrases({}, PHRASES)).toThrow(/not found/);
  });
});

describe('save-check messages name places in the form, not internal paths', () => {
  it('a missing alt text names the cover, not cover.alt', () => {
    const problems = entryProblems(stories, { ...story, cover: { src: '/uploads/a.png', alt: '' } });
    expect(problems.join()).toMatch(/^封面图：「图片说明（替代文字）」/);
    expect(problems.join()).not.toContain('cover');
  });

  it('list items are numbered from 1', () => {
    expect(placeOf(forum.fields, ['contacts', 1, 'phones'])).toBe('联系人 › 第 2 项');
    expect(placeOf(forum.fields, ['title'])).toBe('');
  });
});

describe('a text field required once its object is filled in', () => {
  it('passes while the object is empty, and reports its real value once it is not', () => {
    expect(validateValue('', { cover: { src: '', alt: '' } }, 'cover')).toBe(' ');
    expect(validateValue('', {}, 'cover')).toBe(' ');
    expect(validateValue('', { cover: { src: '/uploads/a.png', alt: '' } }, 'cover')).toBe('');
    expect(validateValue('说明', { cover: { src: '/uploads/a.png', alt: '说明' } }, 'cover')).toBe('说明');
  });
});

describe('the town an entry names, checked as the build checks it', () => {
  const story = { province: '浙江省', city: '湖州市安吉县', town: '晓峰镇' };

  it('names the fields of the town in a story, a profile and a project, and none elsewhere', () => {
    expect(townFields('stories', story)).toEqual(['province', 'city', 'town']);
    expect(townFields('projects', { province: '浙江省', county: '安吉县', town: '孝丰镇' })).toEqual([
      'province',
      'county',
      'town',
    ]);
    expect(townFields('news', story)).toEqual([]);
    expect(townFields('stories', { ...story, town: '' })).toEqual([]);
  });

  it('refuses a town not in its county at the town field, with the build’s message and the nearest names', async () => {
    // The published list is read through Decap's backend; with none, it is empty, as a missing file is for the build.
    const problem = townProblem(await townData(), 'stories', story);
    expect(problem?.field).toBe('town');
    expect(problem?.message).toMatch(
      /^「晓峰镇」不在浙江省湖州市安吉县的官方区划中.*相近的名称：孝丰镇（湖州市安吉县，330523105）/,
    );
  });

  it('accepts a 街道 or 乡 in a story, and a town the editors’ list names', async () => {
    const towns = await townData();
    expect(townProblem(towns, 'stories', { ...story, town: '递铺街道' })).toBeUndefined();
    expect(townProblem(towns, 'projects', { province: '浙江省', county: '安吉县', town: '溪龙乡' })).toBeUndefined();
    const list = [{ province: '浙江省' as const, county: '安吉县', town: '晓峰镇', basis: '测试数据' }];
    expect(townProblem({ ...towns, list }, 'stories', story)).toBeUndefined();
  });

  it('puts a county problem at the county field', async () => {
    const problem = townProblem(await townData(), 'profiles', { province: '浙江省', county: '安吉', town: '孝丰镇' });
    expect(problem?.field).toBe('county');
    expect(problem?.message).toContain('相近的官方名称：湖州市安吉县');
  });
});
