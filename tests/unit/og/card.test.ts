import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { OG_PALETTE } from '../../../src/og/palette.ts';
import { CARD_HEIGHT, CARD_WIDTH, TITLE_BOX, type Card } from '../../../src/og/card.ts';
import { renderCard } from '../../../src/og/render.ts';

const base: Card = {
  title: '',
  section: '论坛',
  date: '2026年4月3日',
  siteName: '中国工业报社工业小镇研究中心',
  host: 'gyxz.example.cn',
};
const bg = parseInt(OG_PALETTE.bg.slice(1), 16);

/** Pixels in a box that differ from the card background. */
function ink(png: PNG, box: { left: number; top: number; width: number; height: number }): number {
  let count = 0;
  for (let y = box.top; y < box.top + box.height; y++) {
    for (let x = box.left; x < box.left + box.width; x++) {
      const i = (y * png.width + x) * 4;
      if ((png.data[i]! << 16) + (png.data[i + 1]! << 8) + png.data[i + 2]! !== bg) count++;
    }
  }
  return count;
}

describe('the share card template', () => {
  it('draws a Chinese title inside the title box, at 1200×630, under 60 KB', async () => {
    const bytes = await renderCard({ ...base, title: '关于召开第二届新型城镇化与工业小镇高质量发展论坛的邀请函' });
    const png = PNG.sync.read(Buffer.from(bytes));
    expect([png.width, png.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    expect(ink(png, TITLE_BOX)).toBeGreaterThan(10_000);
    expect(bytes.length).toBeLessThanOrEqual(60 * 1024);
  });

  it('clamps a long title to three lines: nothing is drawn below the title box', async () => {
    const long =
      '论坛期间将隆重发布由多家权威单位联合完成的我国工业小镇区域协同发展路径与产业转型模式研究重要课题成果同步解读全国小城镇综合实力评价指标体系';
    const bytes = await renderCard({ ...base, title: long });
    const png = PNG.sync.read(Buffer.from(bytes));
    const third = { ...TITLE_BOX, top: TITLE_BOX.top + (TITLE_BOX.height * 2) / 3, height: TITLE_BOX.height / 3 };
    expect(ink(png, third), 'the third line').toBeGreaterThan(1_000);
    // Glyphs may overhang their line box a little; a fourth line would fill the band below that.
    const below = { ...TITLE_BOX, top: TITLE_BOX.top + TITLE_BOX.height + 24, height: 60 };
    expect(ink(png, below), 'a fourth line').toBe(0);
    expect(bytes.length).toBeLessThanOrEqual(60 * 1024);
  });
});
