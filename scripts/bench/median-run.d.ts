// Lighthouse ships this module's types against a global `LH` namespace that a project importing it
// does not see, so TypeScript reads its function as an error type. The same signature, typed.
declare module 'lighthouse/core/lib/median-run.js' {
  import type { Result } from 'lighthouse';
  /** The run closest to the median first contentful paint and time to interactive. */
  export function computeMedianRun(runs: Result[]): Result;
}
