/**
 * Vitest global setup for build and browser tests: build the fixture site once
 * (real content + tests/fixtures/overlay + generated ranking editions) with the real
 * production build.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { writeLibraryFixture } from '../../scripts/library-fixture.ts';
import { writeRankingFixture } from '../../scripts/ranking-fixture.ts';
import { buildSite, makeContent } from './build-site.ts';
import { commitAll } from './git-repo.ts';
import { FIXTURE_BUILD_LOG, FIXTURE_CONTENT, FIXTURE_DIST, ROOT } from './paths.ts';

/** Enough generated policy entries to need a second list page. */
function addGeneratedPolicies(dir: string, count: number) {
  for (let i = 1; i <= count; i++) {
    const day = String(i).padStart(2, '0');
    writeFileSync(
      path.join(dir, 'policies', `fixture-policy-${day}.md`),
      `---\ntitle: 测试政策解读第 ${i} 篇\ndate: 2026-03-${day}\nsummary: 测试用政策解读 ${i}，用于检查分页。\n---\n\n测试正文 ${i}。\n`,
    );
  }
}

/** Filing numbers appear in the footer only when settings give them; the fixture gives test values. */
function addFilingNumbers(dir: string) {
  const file = path.join(dir, 'settings', 'site.json');
  const settings = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  writeFileSync(
    file,
    JSON.stringify({ ...settings, icp: '京ICP备测试0000号', psb: '京公网安备11000000000001号' }, null, 2),
  );
}

export default async function setup(project: TestProject) {
  makeContent(FIXTURE_CONTENT, path.join(ROOT, 'tests/fixtures/overlay'));
  // Two editions of 500 real towns with made-up ranks, marked 测试数据 (scripts/ranking-fixture.ts).
  await writeRankingFixture(FIXTURE_CONTENT, { years: [2024, 2025], size: 500, article: true });
  // Profiles and projects on real towns, marked 测试数据 (scripts/library-fixture.ts); 24 for a second list page,
  // 4 more on one town, which then has more than its page shows.
  writeLibraryFixture(FIXTURE_CONTENT, { projects: 24, crowded: 4 });
  addGeneratedPolicies(FIXTURE_CONTENT, 23);
  addFilingNumbers(FIXTURE_CONTENT);
  // Undated entries are dated by the commit that added them; an uncommitted file gets no date.
  commitAll(FIXTURE_CONTENT, '测试站点内容');
  const result = buildSite({
    content: FIXTURE_CONTENT,
    out: FIXTURE_DIST,
    // A production build, through the same settings check as `npm run build` on a host.
    env: { SITE_URL: 'https://gyxz.example.cn', CMS_REPO: 'gyxz/site-fixture', LOCAL_BUILD: '' },
  });
  writeFileSync(FIXTURE_BUILD_LOG, result.output);
  if (!result.ok) throw new Error(`Fixture site failed to build:\n${result.output}`);
  project.provide('fixtureDist', FIXTURE_DIST);
}

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureDist: string;
  }
}
