import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayOf, entryDisplay } from '../../../src/lib/entry-display.ts';
import { contentTypes } from '../../../src/schemas/index.ts';
import { ROOT } from '../../support/paths.ts';

const story = {
  title: '标题',
  province: '浙江省',
  city: '湖州市安吉县',
  town: '孝丰镇',
  townSlug: 'zhejiang-anji-xiaofeng',
  author: '通讯员甲',
  cover: { src: '/uploads/a.jpg', alt: '镇区街景' },
};

describe('entryDisplay', () => {
  it('reads an entry the way its type says: a story has a byline, a place and a cover', () => {
    const shown = entryDisplay({ collection: 'stories', data: story });
    expect(shown.card).toBe('浙江省 · 孝丰镇');
    expect(shown.byline).toEqual({ name: '通讯员甲', role: undefined });
    expect(shown.place).toEqual({
      province: '浙江省',
      city: '湖州市安吉县',
      town: '孝丰镇',
      townSlug: 'zhejiang-anji-xiaofeng',
    });
    expect(shown.cover).toEqual(story.cover);
    expect(shown.facts({ registrationClosed: false })).toEqual([]);
  });

  it('says on a toolkit page that the forum registration its form belongs to has closed', () => {
    const toolkit = { collection: 'toolkits', data: { availability: '可下载', form: 'reply' } };
    expect(entryDisplay(toolkit).onlineForm).toBe('reply');
    expect(entryDisplay(toolkit).facts({ registrationClosed: false })).toEqual(['可下载']);
    expect(entryDisplay(toolkit).facts({ registrationClosed: true })).toEqual(['可下载（本届报名已截止）']);
  });

  it('gives news its JSON-LD type and every other type Article', () => {
    expect(entryDisplay({ collection: 'news', data: { category: '通知公告' } }).jsonLd).toBe('NewsArticle');
    expect(entryDisplay({ collection: 'policies', data: {} }).jsonLd).toBe('Article');
  });

  it('shows a type without a display by its title, date and summary alone', () => {
    const shown = entryDisplay({ collection: 'pages', data: { title: '关于' } });
    expect(shown).toMatchObject({ card: undefined, byline: undefined, place: undefined, attachments: [] });
    expect(shown.facts({ registrationClosed: false })).toEqual([]);
  });
});

describe('display.intro', () => {
  it('names a component that exists in src/components/section-intros/', () => {
    const files = readdirSync(path.join(ROOT, 'src/components/section-intros'));
    for (const type of contentTypes) {
      const intro = displayOf(type.name).intro;
      if (intro !== undefined) expect(files, type.name).toContain(`${intro}.astro`);
    }
  });
});
