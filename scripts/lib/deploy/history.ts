/**
 * The deploy history, pure: what went live, when, from which commit, and what a rollback
 * restores.
 *
 * The target keeps one line per switch of `current` in `<dir>/.deploy/history` (outside the
 * served folder), appended under the deploy lock in the same command that switches:
 *
 *   2026-12-06T14:00:01.234Z	deploy	20261206T140001234Z	a2b71eb1c0de
 *   2026-12-06T14:05:10.000Z	rollback	20261206T135000000Z	-
 *
 * Replayed in order, the lines make a stack of what was live: a deploy pushes its release,
 * a rollback pops the live one (it was withdrawn). A rollback restores the release below
 * the top, so deploy A, B, C, roll back (→ B), deploy D, roll back gives B — the release
 * that was live before D — and never C, which had been withdrawn.
 */

export type DeployAction = 'deploy' | 'rollback';

export interface HistoryEvent {
  /** When `current` was switched, ISO 8601 in UTC. */
  at: string;
  action: DeployAction;
  /** The release that went live. */
  release: string;
  /** The commit the deployed build came from, or `-` (a rollback; no git where it ran). */
  commit: string;
}

/**
 * One history line.
 * @example formatEvent({ at: '2026-12-06T14:00:01.234Z', action: 'deploy', release: 'r1', commit: 'abc' }) // '2026-12-06T14:00:01.234Z\tdeploy\tr1\tabc'
 */
export const formatEvent = (e: HistoryEvent): string => [e.at, e.action, e.release, e.commit].join('\t');

/**
 * The history file's lines as events. A line that is not four tab-separated fields with a
 * known action is skipped and reported: the history is kept by the deploy, but a hand edit
 * must not stop a rollback when the site is broken.
 * @example parseHistory('t\tdeploy\tr1\tabc\nbad\n').events // [{ at: 't', action: 'deploy', release: 'r1', commit: 'abc' }]
 */
export function parseHistory(text: string): { events: HistoryEvent[]; skipped: number[] } {
  const events: HistoryEvent[] = [];
  const skipped: number[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const [at, action, release, commit, ...rest] = line.split('\t');
    if (!at || !release || !commit || rest.length || (action !== 'deploy' && action !== 'rollback')) {
      skipped.push(i + 1);
      return;
    }
    events.push({ at, action, release, commit });
  });
  return { events, skipped };
}

/**
 * What was live, oldest at the bottom, the live release on top.
 *
 * Targets deployed before the history was kept have releases but no lines: they count as
 * deployed in id (time) order up to the live one, which is what the old rollback assumed.
 * A `current` that the history does not end with (switched by hand) is put on top.
 * @example liveStack([], ['a', 'b', 'c'], 'b') // ['a', 'b']
 * @example liveStack(parseHistory('t\tdeploy\ta\t-\nt\tdeploy\tb\t-\nt\trollback\ta\t-').events, ['a', 'b'], 'a') // ['a']
 */
export function liveStack(
  events: readonly HistoryEvent[],
  releases: readonly string[],
  live: string | undefined,
): string[] {
  const stack: string[] = [];
  if (!events.length && live) {
    stack.push(...releases.slice(0, releases.indexOf(live) + 1));
  }
  for (const e of events) {
    if (e.action === 'deploy') stack.push(e.release);
    else {
      stack.pop();
      // A rollback restores the release below; if the lines disagree, the line is right.
      if (stack.at(-1) !== e.release) stack.push(e.release);
    }
  }
  if (live && stack.at(-1) !== live) stack.push(live);
  return stack;
}

/**
 * The release a rollback restores: the one that was live before the live one went live.
 * @example rollbackTarget(['a', 'b', 'd']) // 'b'
 * @example rollbackTarget(['a']) // undefined
 */
export const rollbackTarget = (stack: readonly string[]): string | undefined => stack.at(-2);

export interface ReleaseRow {
  release: string;
  /** When it last went live, or undefined (never recorded). */
  wentLive: string | undefined;
  commit: string | undefined;
  mark: 'live' | 'rollback' | 'withdrawn' | undefined;
}

/**
 * The rows `npm run deploy -- --list` prints, newest release first: when each release last
 * went live and from which commit, which one is live, which one `--rollback` restores,
 * and which were withdrawn (rolled back from and not live since).
 */
export function releaseRows(
  events: readonly HistoryEvent[],
  releases: readonly string[],
  live: string | undefined,
): ReleaseRow[] {
  const stack = liveStack(events, releases, live);
  const back = rollbackTarget(stack);
  const last = new Map<string, HistoryEvent>();
  const commit = new Map<string, string>();
  for (const e of events) {
    last.set(e.release, e);
    if (e.action === 'deploy') commit.set(e.release, e.commit);
  }
  return [...releases].reverse().map((release) => ({
    release,
    wentLive: last.get(release)?.at,
    commit: commit.get(release),
    mark:
      release === live
        ? 'live'
        : release === back
          ? 'rollback'
          : last.has(release) && !stack.includes(release)
            ? 'withdrawn'
            : undefined,
  }));
}
