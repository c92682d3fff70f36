/**
 * Debian's OpenSSH server, started by a test on a loopback port with its own host key,
 * config and authorized key in a folder of the test's own, so `npm run deploy` can reach
 * "a server" over real ssh. Nothing of the machine's own sshd or ~/.ssh is read or changed:
 * the client is told every file it uses (RSYNC_RSH, as a deploy on a real host would be).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { freePort } from './cms-backend.ts';

export const SSHD = '/usr/sbin/sshd';
/**
 * sshd refuses to start without this empty folder, which Debian's service creates at boot.
 * The test creates it where missing and leaves it: another test run may have an sshd
 * using it at the same moment.
 */
const PRIVSEP_DIR = '/run/sshd';

/** Why ssh tests cannot run here, or undefined. In CI a missing sshd is a failure. */
export function sshdSkipReason(): string | undefined {
  const missing = [SSHD, '/usr/bin/ssh', '/usr/bin/ssh-keygen'].filter((f) => !existsSync(f));
  if (!missing.length) return undefined;
  const reason = `${missing.join(', ')} not found; install them with apt-get install openssh-server`;
  if (process.env['CI'] === 'true') throw new Error(`${reason}. The ssh deploy test may not be skipped in CI.`);
  console.warn(`[skip] ${reason}`);
  return reason;
}

export interface RunningSshd {
  /** `user@127.0.0.1`, for `--to user@127.0.0.1:/dir`. */
  host: string;
  /** The ssh command that reaches this server and no other (for RSYNC_RSH). */
  rsh: string;
  stop(): Promise<void>;
}

function keygen(file: string) {
  const r = spawnSync('/usr/bin/ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'gyxz-test', '-f', file], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`ssh-keygen failed: ${r.stderr}`);
}

/** Start sshd for the current user, key login only, until stop(). */
export async function startSshd(work: string): Promise<RunningSshd> {
  mkdirSync(work, { recursive: true });
  const file = (name: string) => path.join(work, name);
  keygen(file('host_key'));
  keygen(file('client_key'));
  writeFileSync(file('authorized_keys'), readFileSync(file('client_key.pub')));
  const port = await freePort();
  writeFileSync(
    file('sshd_config'),
    `# Test only: a foreground sshd on loopback, for this test's key alone.
ListenAddress 127.0.0.1
Port ${port}
HostKey ${file('host_key')}
PidFile ${file('sshd.pid')}
AuthorizedKeysFile ${file('authorized_keys')}
# The key sits in the test's cache folder, whose parents sshd's ownership checks do not expect.
StrictModes no
UsePAM no
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
`,
  );
  // The client trusts exactly this server's host key.
  writeFileSync(file('known_hosts'), `[127.0.0.1]:${port} ${readFileSync(file('host_key.pub'), 'utf8')}`);

  mkdirSync(PRIVSEP_DIR, { recursive: true, mode: 0o755 });
  const check = spawnSync(SSHD, ['-t', '-f', file('sshd_config')], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`sshd -t failed:\n${check.stderr}`);
  const child: ChildProcess = spawn(SSHD, ['-D', '-e', '-f', file('sshd_config')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  for (let i = 0; i < 100 && !log.includes('Server listening'); i++) {
    if (child.exitCode !== null) throw new Error(`sshd exited:\n${log}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  if (!log.includes('Server listening')) throw new Error(`sshd did not start:\n${log}`);

  const user = process.env['USER'] || spawnSync('id', ['-un'], { encoding: 'utf8' }).stdout.trim();
  const rsh = [
    'ssh -F none',
    `-p ${port}`,
    `-i ${file('client_key')}`,
    '-o IdentitiesOnly=yes',
    '-o IdentityAgent=none',
    `-o UserKnownHostsFile=${file('known_hosts')}`,
    '-o GlobalKnownHostsFile=/dev/null',
    '-o StrictHostKeyChecking=yes',
  ].join(' ');
  return {
    host: `${user}@127.0.0.1`,
    rsh,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
