/**
 * Deterministic Chinese prose for the benchmark corpus: a seeded PRNG, town
 * names, sentences and Markdown bodies. Same seed, same corpus, so two runs
 * measure the same thing.
 */
import { PROVINCES } from '../../src/schemas/provinces.ts';
import {
  ACTIONS,
  ACTORS,
  CONNECTIVES,
  GENERAL,
  INDUSTRIES,
  NAME_CHARS,
  OBJECTS,
  OUTCOMES,
  PROBLEMS,
  THEMES,
} from './vocab.ts';

/** Every generated body starts with this line, so nobody mistakes it for a report. */
export const BENCH_MARKER = '> 本文为性能测试（benchmark）自动生成的数据，不是真实报道，不会发布到网站。';

/** A small seeded PRNG (mulberry32) with the picks the generator needs. */
export class Random {
  #state: number;
  constructor(seed: number) {
    this.#state = seed >>> 0;
  }
  /** Uniform in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(list: readonly T[]): T {
    const item = list[Math.floor(this.next() * list.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** A made-up town; names are two characters from `NAME_CHARS`, slugs their pinyin. */
export interface Town {
  province: string;
  city: string;
  town: string;
  townSlug: string;
}

/** `count` distinct towns spread over all provinces. */
export function makeTowns(rng: Random, count: number): Town[] {
  const towns: Town[] = [];
  const slugs = new Set<string>();
  while (towns.length < count) {
    const province = rng.pick(PROVINCES);
    const [c1, p1] = rng.pick(NAME_CHARS);
    const [c2, p2] = rng.pick(NAME_CHARS);
    const [t1, q1] = rng.pick(NAME_CHARS);
    const [t2, q2] = rng.pick(NAME_CHARS);
    const townSlug = `${province.slug}-${p1}${p2}-${q1}${q2}`;
    if (slugs.has(townSlug)) continue;
    slugs.add(townSlug);
    const city = rng.chance(0.5) ? `${c1}${c2}市` : `${c1}${c2}市${t2}${c1}县`;
    towns.push({ province: province.name, city, town: `${t1}${t2}镇`, townSlug });
  }
  return towns;
}

type Sentence = (rng: Random, place: string) => string;

// Many shapes of sentence over large word lists: the corpus should have the
// vocabulary spread of real reporting, not a few lines repeated.
const SENTENCES: Sentence[] = [
  (r, p) => `${p}${r.pick(ACTORS)}围绕${r.pick(INDUSTRIES)}${r.pick(ACTIONS)}${r.pick(OBJECTS)}，${r.pick(OUTCOMES)}。`,
  (r) =>
    `${r.pick(CONNECTIVES)}，${r.pick(ACTORS)}${r.pick(ACTIONS)}${r.pick(OBJECTS)}，着力破解${r.pick(PROBLEMS)}问题。`,
  (r, p) =>
    `${r.int(2015, 2026)}年以来，${p}${r.pick(ACTIONS)}${r.pick(INDUSTRIES)}项目${r.int(2, 60)}个，${r.pick(OUTCOMES)}。`,
  (r, p) =>
    `在${r.pick(THEMES)}的背景下，${p}把${r.pick(OBJECTS)}作为${r.pick(ACTIONS)}${r.pick(INDUSTRIES)}的关键抓手。`,
  (r) => `${r.pick(GENERAL)}与${r.pick(GENERAL)}并重，${r.pick(ACTIONS)}${r.pick(OBJECTS)}${r.pick(GENERAL)}。`,
  (r) => `${r.pick(PROBLEMS)}仍是制约${r.pick(INDUSTRIES)}发展的主要因素，需要在${r.pick(OBJECTS)}上持续用力。`,
  (r, p) =>
    `${p}的${r.pick(INDUSTRIES)}企业通过${r.pick(OBJECTS)}${r.pick(GENERAL)}，${r.pick(GENERAL)}${r.pick(GENERAL)}明显改善。`,
  (r) =>
    `下一步，${r.pick(ACTORS)}将${r.pick(ACTIONS)}${r.pick(OBJECTS)}，推动${r.pick(INDUSTRIES)}向${r.pick(GENERAL)}${r.pick(GENERAL)}方向发展。`,
  (r) =>
    `${r.pick(ACTORS)}与${r.pick(ACTORS)}${r.pick(GENERAL)}${r.pick(GENERAL)}，${r.pick(ACTIONS)}${r.pick(OBJECTS)}和${r.pick(OBJECTS)}。`,
  (r) =>
    `围绕${r.pick(THEMES)}，${r.pick(GENERAL)}${r.pick(GENERAL)}、${r.pick(GENERAL)}${r.pick(GENERAL)}和${r.pick(GENERAL)}${r.pick(GENERAL)}三项工作同步推进。`,
  (r) => `${r.pick(INDUSTRIES)}与${r.pick(INDUSTRIES)}的${r.pick(OBJECTS)}相互衔接，${r.pick(OUTCOMES)}。`,
  (r) =>
    `据测算，${r.pick(OBJECTS)}的${r.pick(GENERAL)}较上年提高${r.int(2, 35)}.${r.int(0, 9)}个百分点，${r.pick(OUTCOMES)}。`,
  (r, p) =>
    `${p}在${r.pick(GENERAL)}${r.pick(GENERAL)}中${r.pick(ACTIONS)}${r.pick(OBJECTS)}，为${r.pick(THEMES)}${r.pick(GENERAL)}${r.pick(GENERAL)}。`,
  (r) =>
    `${r.pick(CONNECTIVES)}，${r.pick(PROBLEMS)}和${r.pick(PROBLEMS)}叠加，${r.pick(ACTORS)}需要${r.pick(ACTIONS)}${r.pick(OBJECTS)}。`,
];

/** One sentence about `place`. */
export function sentence(rng: Random, place: string): string {
  return rng.pick(SENTENCES)(rng, place);
}

function paragraph(rng: Random, place: string): string {
  const n = rng.int(2, 7);
  return Array.from({ length: n }, () => sentence(rng, place)).join('');
}

function heading(rng: Random): string {
  return `## ${rng.pick(ACTIONS)}${rng.pick(OBJECTS)}，${rng.pick(GENERAL)}${rng.pick(INDUSTRIES)}`;
}

function list(rng: Random): string {
  const ordered = rng.chance(0.4);
  return Array.from({ length: rng.int(3, 7) }, (_, i) => {
    const item = `${rng.pick(ACTIONS)}${rng.pick(OBJECTS)}：${rng.pick(GENERAL)}${rng.pick(GENERAL)}，${rng.pick(OUTCOMES)}`;
    return ordered ? `${i + 1}. ${item}；` : `- ${item}；`;
  }).join('\n');
}

function table(rng: Random): string {
  const rows = Array.from(
    { length: rng.int(3, 8) },
    () => `| ${rng.pick(INDUSTRIES)} | ${rng.pick(OBJECTS)} | ${rng.int(1, 500)} | ${rng.pick(GENERAL)} |`,
  );
  return ['| 产业 | 重点工作 | 项目数（测试数据） | 状态 |', '| --- | --- | ---: | --- |', ...rows].join('\n');
}

/**
 * A Markdown body of very uneven length: most bodies are a few paragraphs,
 * a few run to several thousand characters, as real archives do.
 * `links` are site paths of other entries that may be cited inline.
 */
export function body(rng: Random, place: string, links: readonly string[]): string {
  const paragraphs = 2 + Math.floor(rng.next() ** 2 * 30);
  const blocks = [BENCH_MARKER];
  for (let i = 0; i < paragraphs; i++) {
    if (i > 0 && rng.chance(0.25)) blocks.push(heading(rng));
    let text = paragraph(rng, place);
    if (links.length > 0 && rng.chance(0.15)) {
      text += `参见[${rng.pick(OBJECTS)}的相关报道](${rng.pick(links)})。`;
    }
    if (rng.chance(0.1)) text = `**${rng.pick(ACTIONS)}${rng.pick(OBJECTS)}。**${text}`;
    blocks.push(text);
    if (rng.chance(0.12)) blocks.push(list(rng));
    if (rng.chance(0.04)) blocks.push(table(rng));
  }
  return `${blocks.join('\n\n')}\n`;
}
