import { describe, expect, it } from 'vitest';
import { randomPart, uploadName } from '../../../admin/upload-name.ts';

const day = new Date(2026, 10, 27);

describe('uploads are saved under safe, unique, readable ASCII names', () => {
  it('a Chinese name becomes date + random part, its extension kept', () => {
    expect(uploadName('竹林 照片.PNG', 'image/png', day, '3f9a1c')).toBe('20261127-3f9a1c.png');
  });

  it('keeps the ASCII words of the name, so camera names stay readable but never collide', () => {
    expect(uploadName('IMG_0001.JPG', 'image/jpeg', day, 'a1b2c3')).toBe('20261127-img-0001-a1b2c3.jpg');
    expect(uploadName('安吉 Report 2026（终稿）.pdf', 'application/pdf', day, 'a1b2c3')).toBe(
      '20261127-report-2026-a1b2c3.pdf',
    );
  });

  it('is never empty or hidden: dot files and missing or Chinese extensions get one from the MIME type', () => {
    expect(uploadName('.png', 'image/png', day, 'a1b2c3')).toBe('20261127-png-a1b2c3.png');
    expect(uploadName('照片', 'image/jpeg', day, 'a1b2c3')).toBe('20261127-a1b2c3.jpg');
    expect(uploadName('照片.图片', 'image/webp', day, 'a1b2c3')).toBe('20261127-a1b2c3.webp');
    expect(uploadName('数据', '', day, 'a1b2c3')).toBe('20261127-a1b2c3.bin');
    for (const name of ['竹林 照片.png', '.gitkeep', '..', '']) {
      expect(uploadName(name, 'image/png', day, randomPart())).toMatch(/^\d{8}-[a-z0-9-]*[0-9a-f]{6}\.[a-z0-9]+$/);
    }
  });

  it('long names are cut, never leaving a trailing dash', () => {
    const name = uploadName(`${'a'.repeat(39)}-b-c.png`, 'image/png', day, 'a1b2c3');
    expect(name).toBe(`20261127-${'a'.repeat(39)}-a1b2c3.png`);
  });

  it('the random part differs between uploads', () => {
    const parts = new Set(Array.from({ length: 200 }, randomPart));
    expect(parts.size).toBeGreaterThan(195);
    for (const p of parts) expect(p).toMatch(/^[0-9a-f]{6}$/);
  });
});
