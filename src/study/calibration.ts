// runCalibrationStudy(options): the walk-forward study. For every coin, start and market model it
// runs the ex-ante Monte Carlo once (the longest horizon the history covers), replays the actual
// history with the same fleet, and scores the forecasts of price, network hashrate, hashprice and
// the cumulative net position at each horizon (calibration-row.ts). All jobs go to one worker pool.
import type { Coin } from '../model/coins/index.js';
import type { CalibrationRow } from './calibration-row.js';
import type { Actual, ForecastTask } from './forecast-task.js';
import { ALL_STUDY_MODELS, BASELINE_PATHS, runsAt, type StudyModel } from './study-models.js';
import { type StudyPool, startStudyPool } from './study-pool.js';
import { HORIZONS_DAYS, horizonsAt, STUDY_COINS, walkForwardStarts } from './walk-forward.js';

export type { CalibrationRow } from './calibration-row.js';
export { startSeed } from './forecast-task.js';

/**
 * Most paths a forecast of the study draws. A forecast keeps each path's four quantities at each
 * of up to four horizons, 128 bytes a path: 13 MB at this count, two forecasts in flight on each
 * worker; at the 10,000,000 a run takes, 1.3 GB each (160 GB on 64 workers), and the study's
 * about 2,500 forecasts would take weeks of processor time (500 paths take about 100 s).
 */
export const STUDY_MAX_PATHS = 100_000;
/**
 * Fewest paths a forecast of the study draws. A band read from n paths (type-7 quantiles) holds on
 * average (n - 1) / (n + 1) of its nominal share of a calibrated model's outcomes: 81 % for the
 * 90 % band at 20 paths, below the choice rule's 85 %, so a study of few paths would call every
 * model too narrow and choose on that. At 100 paths it is 88 %, at 500 (the default) 89.6 %.
 */
export const STUDY_MIN_PATHS = 100;

export interface StudyOptions {
  paths: number;
  seed: string | number;
  workers?: number;
  coins?: readonly Coin[];
  /** Starts per coin (default: monthly from STUDY_COINS' first start while the history allows). */
  starts?: Partial<Record<Coin, readonly string[]>>;
  models?: readonly StudyModel[];
  horizons?: readonly number[];
  /** Called after each job with the jobs done so far and in all. */
  progress?: (done: number, total: number) => void;
}

/** The coins, starts and horizons of the study: one entry per coin and start with at least one horizon. */
export function studyStarts(o: Pick<StudyOptions, 'coins' | 'starts' | 'horizons'>) {
  const coins = o.coins ?? (Object.keys(STUDY_COINS) as Coin[]);
  const horizons = [...(o.horizons ?? HORIZONS_DAYS)].sort((a, b) => a - b);
  return coins.flatMap((coin) => {
    const starts =
      o.starts?.[coin] ?? walkForwardStarts(STUDY_COINS[coin].firstStart, undefined, 1, horizons[0], coin);
    return starts
      .map((start) => ({ coin, start, horizons: horizonsAt(coin, start, horizons) }))
      .filter((s) => s.horizons.length > 0);
  });
}

/** Runs the study on `pool` (or on a pool of `o.workers` started and stopped here). */
export async function runCalibrationStudy(o: StudyOptions, shared?: StudyPool): Promise<CalibrationRow[]> {
  const models = o.models ?? ALL_STUDY_MODELS;
  const seed = String(o.seed);
  const starts = studyStarts(o);
  const pool = shared ?? startStudyPool(Math.max(1, o.workers ?? 1));
  try {
    const base = starts.map(({ coin, start, horizons }) => ({ coin, start, horizons, seed }));
    let total = base.length * (1 + models.length);
    let done = 0;
    const tick = () => o.progress?.(++done, total);
    // The fleet and the history are the same for every model: one replay serves them all.
    const actuals = (await pool.runAll(
      base.map((b) => ({ kind: 'actual', task: { ...b, model: models[0], paths: 0 } })),
      tick,
    )) as Actual[];
    // A model that starts later than the coin (study-models.ts firstStart) has no task before it.
    const jobs = base.flatMap((b, i) =>
      models
        .filter((model) => runsAt(model, b.coin, b.start))
        .map((model) => {
          const task: ForecastTask = {
            ...b,
            model,
            paths: model.baseline ? Math.min(BASELINE_PATHS, o.paths) : o.paths,
          };
          return { kind: 'forecast' as const, task, actual: actuals[i] };
        }),
    );
    total = base.length + jobs.length;
    const results = await pool.runAll(jobs, tick);
    return (results as CalibrationRow[][]).flat();
  } finally {
    if (!shared) await pool.close();
  }
}
