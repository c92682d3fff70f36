/**
 * The Nu Html Checker (vnu.jar from the npm package `vnu-jar`), run with the system's Java.
 * `.ci/run` installs a headless JRE where Java is missing; the package's own Java download
 * (its install script) is not allowed to run and is not needed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const JAVA = ['/usr/bin/java', process.env['JAVA_HOME'] && `${process.env['JAVA_HOME']}/bin/java`].find(
  (p): p is string => Boolean(p && existsSync(p)),
);

/** Why the checker cannot run here, or undefined. In CI a missing Java is a failure. */
export function vnuSkipReason(): string | undefined {
  if (JAVA) return undefined;
  const reason = 'Java not found (/usr/bin/java); install it with apt-get install default-jre-headless';
  if (process.env['CI'] === 'true') throw new Error(`${reason}. The HTML check may not be skipped in CI.`);
  console.warn(`[skip] ${reason}`);
  return reason;
}

export interface VnuMessage {
  type: string;
  url: string;
  message: string;
  extract?: string;
}

/** Every error the checker reports for the HTML files under `dir` (warnings left out). */
export function vnuErrors(dir: string): VnuMessage[] {
  const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
  const result = spawnSync(
    JAVA!,
    ['-Xss8m', '-jar', jar, '--errors-only', '--skip-non-html', '--format', 'json', dir],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  // The checker writes its JSON report to stderr, and exits 1 when it found errors.
  const report = JSON.parse(result.stderr) as { messages: VnuMessage[] };
  return report.messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
}
