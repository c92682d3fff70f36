import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { treeRss } from '../../../../scripts/bench/measure.ts';

describe('treeRss', () => {
  it("adds nothing for a fork still running its parent's command line", async () => {
    // The subshell is a fork of sh that never execs: the same command line, its pages the parent's.
    // detached: its own process group, so the whole group can be ended at once.
    const sh = spawn('sh', ['-c', '(while :; do :; done) & sleep 5; exit 0'], { stdio: 'ignore', detached: true });
    try {
      await sleep(300);
      const tree = treeRss(sh.pid!);
      const shells = tree.filter((p) => p.command.startsWith('sh -c'));
      expect(shells).toHaveLength(2);
      expect(shells[0]!.rssKb).toBeGreaterThan(0);
      expect(shells[1]!.rssKb).toBe(0);
      expect(tree.find((p) => p.command.startsWith('sleep'))?.rssKb).toBeGreaterThan(0);
    } finally {
      process.kill(-sh.pid!, 'SIGKILL');
    }
  });
});
