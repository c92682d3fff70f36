import type { ContentProblem } from '../lib/content-problem.ts';
import type { TownName } from '../rankings/town-slugs.ts';

/** What the checks need of a profile. */
export interface ProfileLike {
  id: string;
  data: TownName & { townSlug: string };
}

/** What the checks need of a project. */
export interface ProjectLike {
  id: string;
  data: TownName & { townSlug: string; investmentMin?: number | undefined; investmentMax?: number | undefined };
}

/**
 * What the schema cannot check about the library: each town (and each town slug) has at most one
 * profile, and an investment range runs from low to high. Towns are checked against the official
 * divisions with every other town the content names (src/divisions/check-content.ts).
 * Files are named as `content/<folder>/<id>.md`.
 * @example libraryProblems([a, aAgain], []) // [{ file: 'content/profiles/a2.md', field: 'town', message: '…已有档案…' }]
 */
export function libraryProblems(profiles: readonly ProfileLike[], projects: readonly ProjectLike[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const fileOf = (folder: string, id: string) => `content/${folder}/${id}.md`;
  const byTown = new Map<string, string>();
  const bySlug = new Map<string, string>();
  for (const p of [...profiles].sort((a, b) => a.id.localeCompare(b.id))) {
    const file = fileOf('profiles', p.id);
    const key = `${p.data.province}${p.data.county}${p.data.town}`;
    const other = byTown.get(key) ?? bySlug.get(p.data.townSlug);
    if (other) {
      problems.push({
        file,
        field: 'town',
        message: `${key}已有档案 ${other}；一个镇只能有一份镇域产业档案，请把内容合并到那一份`,
      });
      continue;
    }
    byTown.set(key, file);
    bySlug.set(p.data.townSlug, file);
  }
  for (const p of projects) {
    const file = fileOf('projects', p.id);
    const { investmentMin: min, investmentMax: max } = p.data;
    if (min !== undefined && max !== undefined && min > max) {
      problems.push({
        file,
        field: 'investmentMax',
        message: `「投资规模上限（万元）」${max} 小于下限 ${min}；上限应不小于下限`,
      });
    }
  }
  return problems;
}
