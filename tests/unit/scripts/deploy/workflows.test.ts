import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ASTRO_CACHE_INPUTS, CACHES, cacheFolder, type CacheName } from '../../../../src/lib/build-cache.ts';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: { push: { branches: string[] } };
  jobs: { deploy: { steps: Step[] } };
}

const read = (file: string) =>
  yaml.load(readFileSync(new URL(`../../../../${file}`, import.meta.url), 'utf8')) as Workflow;
const forgejo = read('.forgejo/workflows/deploy.yml');
const github = read('.github/workflows/deploy.yml');

describe('publishing workflows', () => {
  it.each([
    ['Forgejo', forgejo],
    ['GitHub', github],
  ])('%s: builds on every push to main, checks links and deploys with the full history', (_, wf) => {
    expect(wf.on.push.branches).toEqual(['main']);
    const steps = wf.jobs.deploy.steps;
    expect(steps.find((s) => s.uses?.startsWith('actions/checkout'))?.with?.['fetch-depth']).toBe(0);
    const runs = steps.flatMap((s) => (s.run ? [s.run] : []));
    const at = (cmd: string) => runs.findIndex((r) => r.includes(cmd));
    expect(at('npm ci')).toBeGreaterThanOrEqual(0);
    expect(at('npm run build')).toBeGreaterThan(at('npm ci'));
    expect(at('npm run check-links')).toBeGreaterThan(at('npm run build'));
    expect(at('npm run deploy -- --to "$DEPLOY_TARGET"')).toBeGreaterThan(at('npm run check-links'));
    const build = steps.find((s) => s.run === 'npm run build');
    expect(Object.keys(build?.env ?? {})).toEqual(
      expect.arrayContaining(['SITE_URL', 'CMS_BACKEND', 'CMS_REPO', 'CMS_API_ROOT', 'CMS_APP_ID']),
    );
  });

  it('run the same commands on both hosts', () => {
    const runs = (wf: Workflow) => wf.jobs.deploy.steps.flatMap((s) => (s.run ? [s.run] : []));
    expect(runs(github)).toEqual(runs(forgejo));
  });
});

describe('build caches in the publishing workflows', () => {
  const names = Object.keys(CACHES) as CacheName[];
  const cacheStep = (wf: Workflow, folder: string) =>
    wf.jobs.deploy.steps.find((s) => s.uses?.startsWith('actions/cache@') && s.with?.['path'] === folder);
  const at = (wf: Workflow, step: Step | undefined) => wf.jobs.deploy.steps.indexOf(step!);
  const build = (wf: Workflow) => wf.jobs.deploy.steps.findIndex((s) => s.run === 'npm run build');

  it.each([
    ['Forgejo', forgejo],
    ['GitHub', github],
  ])('%s: restores every cache the build keeps before building, a new entry for each commit', (_, wf) => {
    for (const name of names) {
      const step = cacheStep(wf, cacheFolder(name, {}));
      expect(step, `no actions/cache step for ${cacheFolder(name, {})}`).toBeDefined();
      expect(at(wf, step)).toBeLessThan(build(wf));
      expect(at(wf, step)).toBeGreaterThan(wf.jobs.deploy.steps.findIndex((s) => s.run?.startsWith('npm ci')));
      const key = String(step?.with?.['key']);
      // GitHub's and Forgejo's cache entries cannot be overwritten: one per commit, the newest restored.
      expect(key.endsWith('-${{ github.sha }}')).toBe(true);
      expect(key.startsWith(String(step?.with?.['restore-keys']))).toBe(true);
    }
  });

  it.each([
    ['Forgejo', forgejo],
    ['GitHub', github],
  ])("%s: Astro's data store is restored only for the same lockfile, settings and code", (_, wf) => {
    const step = cacheStep(wf, cacheFolder('astro', {}));
    const restore = String(step?.with?.['restore-keys']);
    const hashed = /hashFiles\(([^)]*)\)/
      .exec(restore)?.[1]
      ?.split(',')
      .map((f) => f.trim().replace(/'/g, ''));
    expect(hashed).toEqual(ASTRO_CACHE_INPUTS.map((input) => (input === 'src' ? 'src/**' : input)));
  });

  it("keeps npm's download cache, keyed by the lockfile", () => {
    expect(github.jobs.deploy.steps.find((s) => s.uses?.startsWith('actions/setup-node'))?.with?.['cache']).toBe('npm');
    const npm = cacheStep(forgejo, '~/.npm');
    expect(npm?.with?.['key']).toBe("npm-${{ hashFiles('package-lock.json') }}");
    expect(at(forgejo, npm)).toBeLessThan(forgejo.jobs.deploy.steps.findIndex((s) => s.run?.startsWith('npm ci')));
  });
});
