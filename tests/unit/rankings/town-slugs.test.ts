import { describe, expect, it } from 'vitest';
import { pinyinSlug } from '../../../src/rankings/pinyin-slug.ts';
import { assignTownSlugs, townKey } from '../../../src/rankings/town-slugs.ts';

describe('pinyinSlug', () => {
  it('joins province slug, county and town in toneless pinyin without their suffixes', () => {
    expect(pinyinSlug('浙江省', '安吉县', '孝丰镇')).toBe('zhejiang-anji-xiaofeng');
    expect(pinyinSlug('内蒙古自治区', '达拉特旗', '树林召镇')).toBe('neimenggu-dalate-shulinzhao');
    expect(pinyinSlug('重庆市', '长寿区', '测试2镇')).toBe('chongqing-changshou-ceshi2');
  });
});

describe('assignTownSlugs', () => {
  const a = { province: '浙江省', county: '安吉县', town: '孝丰镇' };
  // Same pinyin, different characters: 孝丰 and 晓峰 are both xiaofeng.
  const b = { province: '浙江省', county: '安吉县', town: '晓峰镇' };

  it('tells equal slugs apart in a fixed order, whatever the input order, and says so', () => {
    const one = assignTownSlugs([a, b], new Map());
    const two = assignTownSlugs([b, a, b], new Map());
    expect([...one.slugs]).toEqual([...two.slugs]);
    expect(new Set(one.slugs.values())).toEqual(new Set(['zhejiang-anji-xiaofeng', 'zhejiang-anji-xiaofeng-2']));
    expect(one.notes).toHaveLength(1);
    expect(one.notes[0]).toMatch(/拼音 zhejiang-anji-xiaofeng 已被「.+」使用，改用 zhejiang-anji-xiaofeng-2/);
  });

  it('keeps slugs chosen by editors and reports two towns given the same one', () => {
    const chosen = new Map([[townKey(b), 'zhejiang-anji-xiaofeng']]);
    const { slugs, conflicts } = assignTownSlugs([a, b], chosen);
    expect(slugs.get(townKey(b))).toBe('zhejiang-anji-xiaofeng');
    expect(slugs.get(townKey(a))).toBe('zhejiang-anji-xiaofeng-2');
    expect(conflicts).toEqual([]);
    const clash = assignTownSlugs([a, b], new Map([...chosen, [townKey(a), 'zhejiang-anji-xiaofeng']]));
    expect(clash.conflicts).toEqual([
      '「孝丰镇，安吉县，浙江省」和「晓峰镇，安吉县，浙江省」都被指定为网址拼音 zhejiang-anji-xiaofeng',
    ]);
  });
});
