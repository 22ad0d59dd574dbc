// Progressive runs: a first answer from a few hundred paths on the page's own thread, then the
// full count on every core. The full run is the CLI's `runMonteCarlo` with the same scenario,
// seed and paths, so its summary is the CLI's summary.json to the bit; the first answer is the
// same run at fewer paths (path k is the same in both), without the break-even searches and the
// back-test, which it does not need to show the shape of the answer.
import { runMonteCarlo } from '../engine/run/run.js';
import { chartEvents } from '../report/chart-events.js';
import type { Scenario } from '../scenario/normalize.js';
import type { RunSummary } from '../stats/summary.js';
import { isRunCancelled, RunCancelled } from './cancel.js';

/**
 * Paths of the first answer: the engine's pilot alone (its first 256 paths fix the histogram
 * ranges, run.ts), enough for the fan's 5-95 % bands to hold their shape.
 */
export const FIRST_PATHS = 256;

export interface Step {
  summary: RunSummary;
  /** True for the full count. */
  final: boolean;
  paths: number;
  ms: number;
}

export interface ProgressiveRun {
  scenario: Scenario;
  paths: number;
  seed: string | number;
  workers: number;
  onStep: (step: Step) => void;
  onProgress: (done: number, total: number) => void;
  /** True once a newer run has begun: this one then stops at its next chunk. */
  stale: () => boolean;
}

/** Runs the steps; resolves false when a newer run took over. */
export async function runProgressively(r: ProgressiveRun): Promise<boolean> {
  const started = performance.now();
  const guard = (done: number, total: number) => {
    if (r.stale()) throw new RunCancelled();
    r.onProgress(done, total);
  };
  try {
    if (r.paths > FIRST_PATHS) {
      const first = await runMonteCarlo(r.scenario, {
        paths: FIRST_PATHS,
        seed: r.seed,
        workers: 1,
        breakEvenPaths: 0,
        withBacktest: false,
        progress: guard,
      });
      if (r.stale()) return false;
      r.onStep({ summary: first.summary, final: false, paths: FIRST_PATHS, ms: performance.now() - started });
      // Let the page draw the first answer before the full run takes the thread.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    if (r.stale()) return false;
    const full = await runMonteCarlo(r.scenario, {
      paths: r.paths,
      seed: r.seed,
      workers: r.workers,
      progress: guard,
      // The events the charts mark, as `minesim run` gives them, so the summary is the CLI's.
      chartEvents,
    });
    if (r.stale()) return false;
    r.onStep({ summary: full.summary, final: true, paths: r.paths, ms: performance.now() - started });
    return true;
  } catch (error) {
    if (isRunCancelled(error)) return false;
    throw error;
  }
}
