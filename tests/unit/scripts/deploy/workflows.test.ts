import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

interface Step {
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
