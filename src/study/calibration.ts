// runCalibrationStudy(options): the walk-forward study. For every start, horizon and market model
// it runs the ex-ante Monte Carlo, replays the actual history with the same fleet, and scores the
// forecast of the cumulative net position against the realised one (calibration-stats.ts).

import { runBacktest } from '../engine/backtest/backtest.js';
import { loadCompileInputs } from '../engine/compile/inputs.js';
import { runMonteCarlo } from '../engine/run/run.js';
import { fleetCapexUsd } from '../model/finance/capex.js';
import type { Scenario } from '../scenario/normalize.js';
import { type CoverageStats, coverageStats, type ForecastScore, scoreForecast } from './calibration-stats.js';
import {
  buildStudyScenario,
  HORIZONS_DAYS,
  mainstreamMachine,
  STEP_MONTHS,
  STUDY_MODELS,
  type StudyModel,
  walkForwardStarts,
} from './walk-forward.js';

export interface CalibrationRow extends ForecastScore {
  start: string;
  model: string;
  horizonDays: number;
  machine: string;
  capexUsd: number;
  realisedUsd: number;
}

export interface StudyOptions {
  paths: number;
  seed: string | number;
  workers?: number;
  starts?: readonly string[];
  models?: readonly StudyModel[];
  horizons?: readonly number[];
  /** Called after each Monte Carlo run with the paths done so far and in all. */
  progress?: (donePaths: number, totalPaths: number) => void;
}

/**
 * The seed of every run from one start: models and horizons share it (common random numbers, so
 * path k of the 1-year run is the first year of path k of the 2-year run), starts do not, so the
 * Monte Carlo noise of one start's quantiles is independent of the next start's.
 */
export function startSeed(seed: string | number, start: string): string {
  return `${seed}/${start}`;
}

const capexOf = (s: Scenario) => fleetCapexUsd(s.fleet);

/** The actual cumulative net position on the horizon's last day. */
async function realisedNetUsd(s: Scenario): Promise<number> {
  const b = runBacktest(s, await loadCompileInputs(s));
  // Starts are chosen so that the history covers every horizon; a cut back-test would score a
  // different day than the forecast.
  if (b.plan.days !== s.days)
    throw new Error(`history ends before ${s.end}: the back-test of ${s.name} is cut`);
  return b.netPositionUsd[s.days - 1];
}

export async function runCalibrationStudy(o: StudyOptions): Promise<CalibrationRow[]> {
  const starts = o.starts ?? walkForwardStarts();
  const models = o.models ?? STUDY_MODELS;
  const horizons = o.horizons ?? HORIZONS_DAYS;
  const total = starts.length * models.length * horizons.length * o.paths;
  let done = 0;
  const rows: CalibrationRow[] = [];
  for (const start of starts) {
    const machine = mainstreamMachine(start).machine.model;
    for (const horizonDays of horizons) {
      let realisedUsd: number | undefined;
      for (const model of models) {
        const s = await buildStudyScenario(start, model, horizonDays);
        // The fleet and the history are the same for every model: one back-test serves them all.
        realisedUsd ??= await realisedNetUsd(s);
        const run = await runMonteCarlo(s, {
          paths: o.paths,
          seed: startSeed(o.seed, start),
          workers: o.workers,
          breakEvenPaths: 0,
          withBacktest: false,
        });
        done += o.paths;
        o.progress?.(done, total);
        const score = scoreForecast(run.outcomes.netAtHorizonUsd, realisedUsd);
        rows.push({
          start,
          model: model.id,
          horizonDays,
          machine,
          capexUsd: capexOf(s),
          realisedUsd,
          ...score,
        });
      }
    }
  }
  return rows;
}

export interface CoverageRow extends CoverageStats {
  model: string;
  horizonDays: number;
}

/** Coverage statistics per model and horizon, in the order models and horizons first appear. */
export function summarizeCoverage(rows: readonly CalibrationRow[], stepMonths = STEP_MONTHS): CoverageRow[] {
  const stepDays = (stepMonths * 365.25) / 12;
  const models = [...new Set(rows.map((r) => r.model))];
  const horizons = [...new Set(rows.map((r) => r.horizonDays))];
  return models.flatMap((model) =>
    horizons.map((horizonDays) => ({
      model,
      horizonDays,
      ...coverageStats(
        rows.filter((r) => r.model === model && r.horizonDays === horizonDays),
        stepDays,
        horizonDays,
      ),
    })),
  );
}
