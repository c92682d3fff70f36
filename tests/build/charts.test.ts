/**
 * Charts on the fixture site (src/charts/): every town page and every edition page carries its charts
 * as inline SVG a screen reader can name (role="img", a title, a description) with the same figures as
 * a table, and those figures are the data files' own.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { FIXTURE_INDICATORS } from '../../scripts/ranking-fixture.ts';
import { readEdition } from '../../src/rankings/read-edition.ts';
import type { RankingRow } from '../../src/schemas/ranking.ts';
import { FIXTURE_CONTENT } from '../support/paths.ts';

const dist = inject('fixtureDist');
const read = (route: string) => readFileSync(path.join(dist, route, 'index.html'), 'utf8');
const edition = (id: string, ext: string) =>
  readEdition(path.join(FIXTURE_CONTENT, `rankings/${id}.${ext}`), FIXTURE_INDICATORS);
const EDITIONS = [
  { id: '2025-ceshi-500', ext: 'xlsx' },
  { id: '2024-ceshi-500', ext: 'csv' },
];

interface Chart {
  id: string;
  title: string;
  desc: string;
  svg: string;
  /** The table's body rows: header cell, then the data cells. */
  rows: string[][];
}

const strip = (html: string) => html.replace(/<[^>]+>/g, '').trim();

/** Every chart of a page, read the way a screen reader meets it. */
function charts(html: string): Chart[] {
  // Left out of the search index, as the data tables are.
  return [
    ...html.matchAll(/<figure class="chart" data-chart="([^"]+)" data-pagefind-ignore[^>]*>([\s\S]*?)<\/figure>/g),
  ].map(([, id, body]) => {
    const svg = /<svg role="img" aria-labelledby="([^"]+)"[^>]*>([\s\S]*?)<\/svg>\s*<details/.exec(body!);
    expect(svg, `${id}: <svg role="img" aria-labelledby>`).not.toBeNull();
    const [titleId, descId] = svg![1]!.split(' ');
    const title = new RegExp(`<title id="${titleId}"[^>]*>([^<]+)</title>`).exec(svg![2]!)?.[1] ?? '';
    const desc = new RegExp(`<desc id="${descId}"[^>]*>([^<]+)</desc>`).exec(svg![2]!)?.[1] ?? '';
    const table = /<details[^>]*><summary[^>]*>数据表<\/summary>[\s\S]*?<tbody[^>]*>([\s\S]*?)<\/tbody>/.exec(body!);
    expect(table, `${id}: a table under 数据表`).not.toBeNull();
    const rows = [...table![1]!.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map(([, tr]) =>
      [...tr!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map(([, cell]) => strip(cell!)),
    );
    return { id: id!, title, desc, svg: svg![2]!, rows };
  });
}

/** The words the drawing writes, in document order. */
const drawn = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map(([, t]) => t!.trim());

/** A median computed here, not with the site's helper. */
function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const townPages = () =>
  readdirSync(path.join(dist, 'towns'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'provinces')
    .map((d) => `/towns/${d.name}/`);

/** Town page by town, from the edition page's links. */
async function townsOf(id: string, ext: string): Promise<{ row: RankingRow; route: string }[]> {
  const { rows } = await edition(id, ext);
  const links = [...read(`/rankings/${id}/`).matchAll(/<tr><td>(\d+)<\/td><th scope="row"><a href="([^"]+)">/g)].map(
    (m) => m[2]!,
  );
  return rows.map((row, i) => ({ row, route: links[i]! }));
}

describe('charts on town pages', () => {
  it('every ranked town page has its charts, named and described, with a table, sized without pixels', async () => {
    const ranked = new Set<string>();
    for (const { id, ext } of EDITIONS) for (const { route } of await townsOf(id, ext)) ranked.add(route);
    for (const route of townPages()) {
      const found = charts(read(route));
      if (!ranked.has(route)) {
        expect(found, route).toEqual([]);
        continue;
      }
      expect(found.map((c) => c.id.replace(/^rank-.*/, 'rank')).sort(), route).toEqual(['rank', 'scores']);
      for (const c of found) {
        expect(c.title, route).toMatch(/历年名次|得分/);
        expect(c.desc.length, route).toBeGreaterThan(10);
        expect(c.rows.length, route).toBeGreaterThan(0);
        // Lengths are % of the width and em of the text: nothing in pixels that could overflow a phone.
        expect(c.svg, route).not.toMatch(/="[\d.]+px"/);
      }
    }
    expect(ranked.size).toBeGreaterThan(500);
  });

  it('draw each town’s rank in every edition as the data file has it, and the table says the same', async () => {
    const expected = new Map<string, Map<string, number>>();
    for (const { id, ext } of EDITIONS) {
      for (const { row, route } of await townsOf(id, ext)) {
        const ranks = expected.get(route) ?? new Map<string, number>();
        ranks.set(id, row.rank);
        expected.set(route, ranks);
      }
    }
    for (const [route, ranks] of expected) {
      const chart = charts(read(route)).find((c) => c.id.startsWith('rank-'))!;
      const table = new Map(chart.rows.map(([title, rank]) => [title!, Number(rank)]));
      expect([...table.values()].sort(), route).toEqual([...ranks.values()].sort());
      // Oldest on the left: the drawing writes the ranks in the order of the editions' years.
      const inOrder = EDITIONS.map((e) => ranks.get(e.id))
        .filter((r) => r !== undefined)
        .reverse();
      expect(
        drawn(chart.svg).filter((t) => t.startsWith('第')),
        route,
      ).toEqual(inOrder.map((r) => `第${r}名`));
    }
  });

  it('compare each score of the newest edition with the edition’s and the province’s medians from the data', async () => {
    const { rows } = await edition('2025-ceshi-500', 'xlsx');
    const columns = (r: RankingRow) => [r.score, ...r.indicators];
    for (const { row, route } of (await townsOf('2025-ceshi-500', 'xlsx')).slice(0, 120)) {
      const chart = charts(read(route)).find((c) => c.id === 'scores')!;
      const province = rows.filter((r) => r.province === row.province);
      const round = (n: number) => Math.round(n * 100) / 100;
      expect(chart.rows, route).toEqual(
        ['总分', ...FIXTURE_INDICATORS].map((name, i) => [
          name,
          String(columns(row)[i]),
          String(round(median(rows.map((r) => columns(r)[i]!)))),
          String(round(median(province.map((r) => columns(r)[i]!)))),
        ]),
      );
      // The drawing writes the town's own scores beside the indicator names.
      const words = drawn(chart.svg);
      for (const [name, value] of chart.rows) expect(words[words.indexOf(name!) + 1], route).toBe(value);
    }
  });
});

describe('charts on edition pages', () => {
  it('count the towns of each province as the data file does, in the drawing and in the table', async () => {
    for (const { id, ext } of EDITIONS) {
      const { rows } = await edition(id, ext);
      const counts = new Map<string, number>();
      for (const r of rows) counts.set(r.province, (counts.get(r.province) ?? 0) + 1);
      const [chart, ...others] = charts(read(`/rankings/${id}/`));
      expect(others).toEqual([]);
      expect(chart!.title).toContain('各省上榜镇数');
      expect(new Map(chart!.rows.map(([p, n]) => [p!, Number(n)]))).toEqual(counts);
      const shown = chart!.rows.map(([, n]) => Number(n));
      expect(shown).toEqual([...shown].sort((a, b) => b - a));
      expect(drawn(chart!.svg).filter((_, i) => i % 2 === 1)).toEqual(shown.map(String));
    }
  });

  it('leave the chart off the sorted and province pages, which show the same edition', () => {
    expect(charts(read('/rankings/2025-ceshi-500/sort/i1/'))).toEqual([]);
    expect(charts(read('/rankings/2025-ceshi-500/provinces/zhejiang/'))).toEqual([]);
  });

  it('can be embedded in an MDX article, drawn from the same data', () => {
    const [chart] = charts(read('/research/ceshi-bangdan-jiedu/'));
    expect(chart?.title).toContain('各省上榜镇数');
    expect(chart?.rows).toEqual(charts(read('/rankings/2025-ceshi-500/'))[0]!.rows);
  });
});
