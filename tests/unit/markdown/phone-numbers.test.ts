import { describe, expect, it } from 'vitest';
import { telHref } from '../../../src/lib/tel-href.ts';
import { splitPhones } from '../../../src/markdown/phone-numbers.ts';

describe('splitPhones', () => {
  it('finds landlines with an area code and mobiles, as the seed writes them', () => {
    expect(splitPhones('电话：010-67410624 / 13716385865（同微信）')).toEqual([
      { text: '电话：' },
      { text: '010-67410624', phone: true },
      { text: ' / ' },
      { text: '13716385865', phone: true },
      { text: '（同微信）' },
    ]);
  });

  it('leaves account numbers, ID numbers, credit codes and dates alone', () => {
    for (const text of [
      '账号：0200003609219003154',
      '11010519491231002X',
      '91350100M000100Y43',
      '2026-03-18',
      '2026年4月3日',
    ]) {
      expect(splitPhones(text), text).toEqual([{ text }]);
    }
  });
});

describe('telHref', () => {
  it('keeps digits only, full-width digits included', () => {
    expect(telHref('010-67410624')).toBe('tel:01067410624');
    expect(telHref('１３７１６３８５８６５')).toBe('tel:13716385865');
  });
});
