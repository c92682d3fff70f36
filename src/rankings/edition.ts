import type { CollectionEntry } from 'astro:content';
import type { RankingRow } from '../schemas/ranking.ts';

/** A published ranking edition with the rows of its data file (`rankingEditions()` in src/content.ts reads them). */
export type Edition = CollectionEntry<'rankings'> & { rows: RankingRow[] };
