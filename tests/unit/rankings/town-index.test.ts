import { describe, expect, it } from 'vitest';
import { loadDivisions } from '../../../src/divisions/load.ts';
import { officialTown } from '../../../src/divisions/town-parts.ts';
import { buildTownIndex } from '../../../src/rankings/town-index.ts';
import type { RankingRow } from '../../../src/schemas/ranking.ts';

const index = loadDivisions();
const identify = (t: { province: string; county: string; town: string }) => officialTown(index, t);
const row = (rank: number, town: string, county: string, province: RankingRow['province'] = '浙江省'): RankingRow => ({
  rank,
  town,
  county,
  province,
  score: 90 - rank,
  indicators: [],
});
const edition = (year: number, rows: RankingRow[]) => ({ id: `${year}-ceshi`, data: { year, slug: 'ceshi' }, rows });
const story = (id: string, city: string, town: string, townSlug: string) => ({
  id,
  data: { province: '浙江省', city, town, townSlug },
});

describe('buildTownIndex with division codes', () => {
  it('keeps one town however its county is written, with the story’s slug', () => {
    const editions = [edition(2025, [row(1, '孝丰镇', '湖州市安吉县')]), edition(2024, [row(1, '孝丰镇', '安吉县')])];
    const { towns, conflicts } = buildTownIndex(
      editions,
      [story('a', '湖州市安吉县', '孝丰镇', 'zhejiang-anji-xiaofeng')],
      { identify },
    );
    expect(conflicts).toEqual([]);
    expect(towns.map((t) => [t.slug, t.results.length, t.results[0]!.change, t.stories.length])).toEqual([
      ['zhejiang-anji-xiaofeng', 2, 0, 1],
    ]);
  });

  it('names and slugs a town by its official names, however the rows write them', () => {
    const editions = [
      edition(2025, [row(1, '孝丰镇', '浙江省湖州市安吉县')]),
      edition(2024, [row(1, '孝丰镇', '安吉县')]),
    ];
    const [town] = buildTownIndex(editions, [], { identify }).towns;
    expect([town!.county, town!.slug]).toEqual(['安吉县', 'zhejiang-anji-xiaofeng']);
    // A county name two cities of the province share keeps its city.
    const baima = buildTownIndex([edition(2025, [row(1, '白马镇', '乐山市市中区', '四川省')])], [], { identify })
      .towns[0]!;
    expect(baima.county).toBe('乐山市市中区');
  });

  it('keeps two towns of one name in different counties apart', () => {
    // A 建制镇 name that two counties of 浙江省 share.
    const [a, b] = [...index.townsByName.get('浙江省')!.values()].find((t) => t.length > 1 && t[0]!.kind === '镇')!;
    const { towns } = buildTownIndex(
      [edition(2025, [row(1, a!.name, a!.county.name), row(2, b!.name, b!.county.name)])],
      [],
      { identify },
    );
    expect(towns).toHaveLength(2);
  });

  it('without codes, tells towns by their names as written', () => {
    const editions = [edition(2025, [row(1, '孝丰镇', '湖州市安吉县')]), edition(2024, [row(1, '孝丰镇', '安吉县')])];
    expect(buildTownIndex(editions, []).towns).toHaveLength(2);
  });
});
