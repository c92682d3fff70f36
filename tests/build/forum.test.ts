/**
 * Forum and forms in the built fixture site (real content, built today, 2026-11-26 or later):
 * the honest closed state of the real 2026 edition, the calendar file, the Event JSON-LD,
 * the blank downloads, and no JavaScript outside the form pages.
 */
import ical, { type VEvent } from 'node-ical';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { xlsxRows } from '../support/xlsx-rows.ts';

const dist = inject('fixtureDist');

function file(route: string): string {
  const p = path.join(dist, route, route.endsWith('/') ? 'index.html' : '');
  expect(existsSync(p), `${route} was not built`).toBe(true);
  return p;
}
const html = (route: string) => readFileSync(file(route), 'utf8');
const text = (route: string) =>
  html(route)
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

function allHtml(dir = dist): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? allHtml(path.join(dir, d.name)) : d.name.endsWith('.html') ? [path.join(dir, d.name)] : [],
  );
}

const sheetRows = (route: string) => xlsxRows(file(route));

describe('the 2026 forum is over, and the site says so', () => {
  it('the home page no longer invites readers to register', () => {
    const home = text('/');
    expect(home).toContain('论坛日期 2026年4月3日 已过');
    expect(home).toContain('报名已截止');
    expect(home).not.toContain('报名参会');
    expect(html('/')).not.toContain('href="/forum/2026/register/"');
  });

  it('the forum page states it, explains the build-time date, and links no form', () => {
    const page = text('/forum/2026/');
    expect(page).toContain('论坛日期 2026年4月3日 已过');
    expect(page).toMatch(/以上状态按网站生成日期（\d{4}年\d{1,2}月\d{1,2}日）计算/);
    expect(html('/forum/2026/')).not.toContain('在线填写回执表');
    expect(html('/forum/2026/')).toContain('href="/forum/2026/register/参会回执表（空白）.xlsx"');
  });

  it('every page with registration or payment instructions says first that registration has closed', () => {
    for (const route of ['/forum/2026/', '/forum/2026/register/', '/toolkits/canhui-huizhibiao/']) {
      const page = text(route);
      // No request: no 请…前 deadline and no 请…电汇 anywhere on a closed edition's pages.
      expect(page, route).not.toMatch(/请于[^。]*前|请在会前电汇/u);
      const closed = page.search(/报名已截止|报名已于/u);
      expect(closed, `${route}: no closed notice`).toBeGreaterThan(-1);
      for (const instruction of ['电汇', '0200003609219003154', '汇款回执']) {
        const at = page.indexOf(instruction);
        if (at >= 0) expect(closed, `${route}: ${instruction} before the closed notice`).toBeLessThan(at);
      }
    }
    expect(text('/toolkits/canhui-huizhibiao/')).toContain('可下载（本届报名已截止）');
  });

  it('the register page is closed and carries no form', () => {
    expect(text('/forum/2026/register/')).toContain('报名已截止，本页不再提供在线填写');
    expect(text('/forum/2026/register/')).toContain('本届报名与缴费办法（记录）');
    expect(html('/forum/2026/register/')).not.toContain('data-online-form');
  });

  it('a closed edition’s bank details are a record: no copy buttons, no blank form to print and fill', () => {
    for (const route of ['/forum/2026/', '/forum/2026/register/']) {
      const main = /<main[\s\S]*<\/main>/.exec(html(route))![0];
      expect(main, route).not.toContain('data-copy=');
      expect(text(route), route).not.toContain('可打印后手写');
      expect(text(route), route).toContain('0200003609219003154');
    }
    expect(text('/forum/2026/register/')).toContain('本届的空白参会回执表留作记录');
  });

  it('past editions stay listed', () => {
    expect(html('/forum/')).toContain('href="/forum/2026/"');
  });
});

describe('add to calendar', () => {
  it('is not offered once the forum day has passed', () => {
    expect(html('/forum/2026/')).not.toContain('calendar.ics');
    expect(text('/forum/2026/')).not.toContain('加入手机日历');
  });

  it('/forum/2026/calendar.ics parses and holds the check-in afternoon and the forum day at the venue', () => {
    const events = Object.values(ical.sync.parseICS(readFileSync(file('/forum/2026/calendar.ics'), 'utf8'))).filter(
      (c): c is VEvent => c?.type === 'VEVENT',
    );
    expect(events.map((e) => [e.summary, e.start.toISOString().slice(0, 10), e.start.dateOnly])).toEqual([
      ['第二届新型城镇化与工业小镇高质量发展论坛 报到（下午）', '2026-04-02', true],
      ['第二届新型城镇化与工业小镇高质量发展论坛（全天）', '2026-04-03', true],
    ]);
    expect(events[1]!.location).toContain('北京市西城区西直门南大街 6 号');
    expect(events[1]!.url).toBe('https://gyxz.example.cn/forum/2026/');
  });
});

describe('Event JSON-LD on the forum page', () => {
  it('describes the forum as an in-person event with its offer', () => {
    const blocks = [...html('/forum/2026/').matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
    const event = blocks.map((m) => JSON.parse(m[1]!) as Record<string, unknown>).find((b) => b['@type'] === 'Event');
    expect(event).toMatchObject({
      name: '第二届新型城镇化与工业小镇高质量发展论坛',
      startDate: '2026-04-03',
      location: { name: '国务院第二招待宾馆', address: { streetAddress: '北京市西城区西直门南大街 6 号' } },
      organizer: [{ name: '中国工业报社' }, { name: '工业小镇研究中心' }],
      offers: { price: 3000, priceCurrency: 'CNY', url: 'https://gyxz.example.cn/forum/2026/register/' },
    });
  });
});

describe('blank forms generated from content/forms/', () => {
  it('the blank reply form has the seed’s columns and the edition’s fee and bank details', async () => {
    const rows = await sheetRows('/forum/2026/register/参会回执表（空白）.xlsx');
    expect(rows[0]![0]).toBe('第二届新型城镇化与工业小镇高质量发展论坛参会回执表');
    expect(rows).toContainEqual([
      '姓名',
      '性别',
      '职务',
      '电话',
      '身份证号',
      '电子邮箱',
      '入住日期',
      '退房日期',
      '入住房型',
    ]);
    const notes = rows.map((r) => r[0]).join('\n');
    expect(notes).toContain('账号：0200003609219003154');
    expect(notes).toContain('2026年3月18日 前将回执表和汇款回执（或截图）发至组委会指定邮箱：gyxzyjzx@163.com');
  });

  it('after the deadline the blank reply form says registration has closed and asks for nothing', async () => {
    const notes = (await sheetRows('/forum/2026/register/参会回执表（空白）.xlsx')).map((r) => r[0]).join('\n');
    expect(notes).toContain('报名已于 2026年3月18日 截止，组委会不再接收回执表和会议费；本表为本届的记录。');
    expect(notes).not.toMatch(/请在会前电汇|请将回执表|请 \d{4}年/u);
    expect(notes.indexOf('报名已于')).toBeLessThan(notes.indexOf('电汇'));
  });

  it('the blank questionnaire has nine numbered items', async () => {
    const rows = await sheetRows('/forms/questionnaire/镇域发展问卷（空白）.xlsx');
    expect(new Set(rows.map((r) => /^(\d) /.exec(r[0]!)?.[1]).filter(Boolean)).size).toBe(9);
  });

  it('the toolkits link to the online forms and the blank files', () => {
    // Markdown links are percent-encoded; the files carry the forms' names.
    const href = (name: string) => `href="${encodeURI(name)}"`;
    expect(html('/toolkits/canhui-huizhibiao/')).toContain(href('/forum/2026/register/参会回执表（空白）.xlsx'));
    expect(html('/toolkits/zhenyu-fazhan-wenjuan/')).toContain('href="/forms/questionnaire/"');
    expect(html('/toolkits/zhenyu-fazhan-wenjuan/')).toContain(href('/forms/questionnaire/镇域发展问卷（空白）.xlsx'));
  });
});

describe('JavaScript only on the form pages', () => {
  /**
   * Pages whose script is someone's job by design: the CMS, search, the poster tool, our forms, and a
   * ranking edition's table (its sort pages included), which sorts and filters in place.
   */
  const scripted = [
    /^admin\//,
    /^search\//,
    /^share\//,
    /^forum\/[^/]+\/register\//,
    /^forms\//,
    /^rankings\/[^/]+\/(?:sort\/[^/]+\/)?index\.html$/,
  ];
  /** The one script every page carries: display choices and copy buttons (src/display/site.ts). */
  const SITE_SCRIPT = /^<script src="\/_astro\/site-[\w-]+\.js" async blocking="render">$/;

  it('reading pages carry only the site script, loaded async and render-blocking, never inline', () => {
    for (const f of allHtml()) {
      const route = path.relative(dist, f);
      if (/^admin\//.test(route)) continue;
      const tags = [...readFileSync(f, 'utf8').matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(
        tags.filter((t) => SITE_SCRIPT.test(t)),
        route,
      ).toHaveLength(1);
    }
  });

  it('no other page has an executable script, an on* handler or a javascript: URL', () => {
    const offenders: string[] = [];
    for (const f of allHtml()) {
      const route = path.relative(dist, f);
      if (scripted.some((re) => re.test(route))) continue;
      const page = readFileSync(f, 'utf8');
      for (const [tag, type] of page
        .matchAll(/<script\b([^>]*)>/g)
        .map((m) => [m[0], /\btype="([^"]*)"/.exec(m[1]!)?.[1]])) {
        if (SITE_SCRIPT.test(tag!)) continue;
        if (!type || /module|javascript|ecmascript/.test(type)) offenders.push(`${route}: ${tag}`);
      }
      for (const m of page.matchAll(/<[a-z][^>]*\s(on[a-z]+)=/g)) offenders.push(`${route}: ${m[1]}=`);
      if (/href="javascript:/i.test(page)) offenders.push(`${route}: javascript: URL`);
    }
    expect(offenders).toEqual([]);
  });

  it('the questionnaire page loads its script from a file, not inline', () => {
    const page = html('/forms/questionnaire/');
    expect(page).toMatch(/<script type="module" src="\/_astro\/[^"]+\.js">/);
    expect(page).not.toMatch(/<script type="module">/);
  });
});
