import { backendConfig, backendProblems } from '../../admin/decap-config.ts';
import { addressProblem, siteAddress, type Env } from './site-address.ts';

/**
 * Everything a production build lacks, one Chinese line per variable; empty when ready.
 * An unusable value (a malformed address, an unknown CMS_BACKEND) is reported the same way.
 * @example productionProblems({ SITE_URL: 'https://example.cn', CMS_REPO: 'org/site' }) // []
 */
export function productionProblems(env: Env): string[] {
  const problems: string[] = [];
  try {
    const address = addressProblem(siteAddress(env));
    if (address) problems.push(address);
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  }
  try {
    backendConfig(env);
    problems.push(...backendProblems(env));
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  }
  return problems;
}
