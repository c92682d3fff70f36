import { rankSeries } from '../charts/rank-series.ts';
import { changeLabel } from '../rankings/change-label.ts';
import { nameParts, type TownParts } from '../divisions/town-parts.ts';

/** The words a town's card and poster write besides its figures (src/og/town-card.ts), for the missing-glyph check. */
export const TOWN_WORDS = '第名共个镇上榜历年名次长按识别二维码查看完整榜单与各项指标 ·';

/** The most editions a poster's trend line shows: each needs a column for its year and rank. */
export const TREND_EDITIONS = 6;

/** What a town's share card and poster show: its newest place, every figure from the ranking data. */
export interface TownFigures {
  /** The full name, largest part first: 省, 市 (where there is one), 县, 镇, the official names (src/divisions/town-parts.ts). */
  name: string[];
  /** The newest edition's title. */
  edition: string;
  rank: number;
  /** How many towns that edition lists. */
  of: number;
  /** The move since the list's previous edition, as readers say it (上升 3 位); absent when there is none. */
  change?: string;
  /** 总分 first, then the edition's indicators, each with the town's score. */
  scores: [string, number][];
  /** The town's rank in the editions of the same list, oldest first, by year: the last TREND_EDITIONS. */
  trend: [number, number][];
}

/** What townFigures needs of a town. */
export interface FiguresTown {
  parts: Pick<TownParts, 'province' | 'city' | 'county' | 'town'>;
  results: {
    edition: {
      id: string;
      data: { year: number; slug: string; title: string; indicators?: string[] | undefined };
      rows: unknown[];
    };
    row: { rank: number; score: number; indicators: number[] };
    change?: number | 'new';
  }[];
}

/**
 * A town's figures for its share card and poster, from its newest result; undefined for a town that is on
 * no list (a town of the stories alone).
 * @example townFigures(town) // { name: ['浙江省', '湖州市', '安吉县', '孝丰镇'], edition: '2025 年…', rank: 3, of: 500, change: '上升 2 位', … }
 */
export function townFigures(town: FiguresTown): TownFigures | undefined {
  const latest = town.results[0];
  if (!latest) return undefined;
  const { edition, row } = latest;
  const series = rankSeries(town.results).find((s) => s.slug === edition.data.slug)!;
  return {
    name: nameParts(town.parts),
    edition: edition.data.title,
    rank: row.rank,
    of: edition.rows.length,
    ...(latest.change === undefined ? {} : { change: changeLabel(latest.change) }),
    scores: [
      ['总分', row.score],
      ...(edition.data.indicators ?? []).map((name, i): [string, number] => [name, row.indicators[i]!]),
    ],
    trend: series.results.slice(-TREND_EDITIONS).map((r) => [r.edition.data.year, r.row.rank]),
  };
}

const isPair = (p: unknown, first: 'string' | 'number'): boolean =>
  Array.isArray(p) && p.length === 2 && typeof p[0] === first && typeof p[1] === 'number';

/**
 * A town's figures read back from its page's `gyxz:town` tag; undefined when the text is not such figures.
 * @example townFiguresFrom('{"name":["浙江省","安吉县","孝丰镇"],…}') // { name: […], … }
 */
export function townFiguresFrom(json: string): TownFigures | undefined {
  let f: Partial<Record<keyof TownFigures, unknown>>;
  try {
    f = JSON.parse(json) as typeof f;
  } catch {
    return undefined;
  }
  const ok =
    Array.isArray(f.name) &&
    f.name.every((n) => typeof n === 'string') &&
    typeof f.edition === 'string' &&
    typeof f.rank === 'number' &&
    typeof f.of === 'number' &&
    (f.change === undefined || typeof f.change === 'string') &&
    Array.isArray(f.scores) &&
    f.scores.every((p) => isPair(p, 'string')) &&
    Array.isArray(f.trend) &&
    f.trend.every((p) => isPair(p, 'number'));
  return ok ? (f as TownFigures) : undefined;
}
