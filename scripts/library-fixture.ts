/**
 * Generated library entries for tests and the benchmark: industry profiles and investment projects
 * on a few real towns (checked against the official division list), every title, summary and body
 * marked 测试数据 and every fact an obvious placeholder (测试企业甲, round sums), so nothing reads as a
 * real project. Same arguments, same files.
 *
 *   node scripts/library-fixture.ts --out .cache/content --projects 12
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Random } from './bench/prose.ts';
import { TEST_MARK } from './ranking-fixture.ts';
import { pinyinSlug } from '../src/rankings/pinyin-slug.ts';
import { INDUSTRIES } from '../src/schemas/industries.ts';
import { PROJECT_STATUS } from '../src/schemas/project.ts';

/** Real 建制镇 (province, county, town), as the official division list names them. */
export const FIXTURE_TOWNS = [
  { province: '浙江省', county: '安吉县', town: '孝丰镇' },
  { province: '江苏省', county: '昆山市', town: '周市镇' },
  { province: '广东省', county: '顺德区', town: '北滘镇' },
  { province: '福建省', county: '晋江市', town: '陈埭镇' },
  { province: '山东省', county: '寿光市', town: '羊口镇' },
  { province: '浙江省', county: '诸暨市', town: '山下湖镇' },
] as const;

const place = (t: (typeof FIXTURE_TOWNS)[number]) => ({ ...t, townSlug: pinyinSlug(t.province, t.county, t.town) });

function frontMatter(front: Record<string, unknown>, body = ''): string {
  const lines = Object.entries(front)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return `---\n${lines.join('\n')}\n---\n${body}`;
}

/**
 * Write `projects` projects spread over the towns (one a draft), `crowded` more on the first town
 * (more than a town's page shows), and profiles for the first three towns into
 * `<contentDir>/projects/` and `<contentDir>/profiles/`. Returns the ids written.
 * @example writeLibraryFixture('.cache/content', { projects: 12 }) // { projects: ['2026-01-01-ceshi-1', …], profiles: [...] }
 */
export function writeLibraryFixture(
  contentDir: string,
  { projects, crowded = 0, seed = 32 }: { projects: number; crowded?: number; seed?: number },
): { projects: string[]; profiles: string[] } {
  const rng = new Random(seed);
  mkdirSync(path.join(contentDir, 'projects'), { recursive: true });
  mkdirSync(path.join(contentDir, 'profiles'), { recursive: true });
  const projectIds: string[] = [];
  for (let i = 1; i <= projects + crowded; i++) {
    const town = place(FIXTURE_TOWNS[i > projects ? 0 : (i - 1) % FIXTURE_TOWNS.length]!);
    const day = new Date(Date.UTC(2026, 0, 1) + (i - 1) * 86_400_000).toISOString().slice(0, 10);
    const id = `${day}-ceshi-${i}`;
    const min = rng.int(1, 50) * 100;
    const front = {
      title: `测试项目 ${i}（${TEST_MARK}）`,
      date: day,
      ...town,
      industry: INDUSTRIES[(i - 1) % INDUSTRIES.length],
      investmentMin: min,
      investmentMax: rng.chance(0.3) ? min : min + rng.int(1, 50) * 100,
      cooperation: rng.chance(0.7) ? `测试合作方式 ${i}` : undefined,
      space: rng.chance(0.7) ? `测试用地 ${rng.int(1, 200)} 亩` : undefined,
      stage: rng.chance(0.5) ? `测试阶段 ${i}` : undefined,
      status: PROJECT_STATUS[(i - 1) % PROJECT_STATUS.length],
      summary: `${TEST_MARK}：程序生成的第 ${i} 个测试项目，不是真实的招商项目。`,
      source: `${TEST_MARK}，由 scripts/library-fixture.ts 生成`,
      // The last of those spread over the towns (not a crowded one) is kept off the site, to check
      // that drafts stay out of the catalogue.
      draft: i === projects ? true : undefined,
    };
    writeFileSync(
      path.join(contentDir, 'projects', `${id}.md`),
      frontMatter(front, `\n${TEST_MARK}：本项目的名称、地点之外的内容均为程序生成。\n`),
    );
    projectIds.push(id);
  }
  const profileIds: string[] = [];
  for (const [n, t] of FIXTURE_TOWNS.slice(0, 3).entries()) {
    const town = place(t);
    const full = n === 0;
    const front = {
      ...town,
      featuredIndustry: `${TEST_MARK}：测试特色产业 ${n + 1}`,
      specialties: full
        ? [{ name: `测试特产甲（${TEST_MARK}）`, kind: '工业品' }, { name: `测试特产乙（${TEST_MARK}）` }]
        : undefined,
      leadingFirms: full
        ? [
            {
              name: `测试企业甲（${TEST_MARK}）`,
              size: '测试规模',
              share: '测试占有率',
              shareSource: TEST_MARK,
              shareYear: 2025,
            },
            { name: `测试企业乙（${TEST_MARK}）` },
          ]
        : undefined,
      investment: full ? '有意向' : undefined,
      needs: full ? `${TEST_MARK}：测试发展需求` : undefined,
      partners: full ? `${TEST_MARK}：测试交流对象` : undefined,
      source: `${TEST_MARK}，由 scripts/library-fixture.ts 生成`,
      date: full ? '2026-05-01' : undefined,
    };
    writeFileSync(path.join(contentDir, 'profiles', `${town.townSlug}.md`), frontMatter(front));
    profileIds.push(town.townSlug);
  }
  return { projects: projectIds, profiles: profileIds };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, projects: { type: 'string', default: '12' } },
  });
  if (!values.out) throw new Error('用法：node scripts/library-fixture.ts --out <内容文件夹> [--projects 12]');
  const ids = writeLibraryFixture(values.out, { projects: Number(values.projects) });
  console.log(`已生成 ${ids.projects.length} 个招商项目、${ids.profiles.length} 份镇域产业档案`);
}
