// The study's jobs as messages a worker thread can take: an actual outcome to replay, a forecast
// to run and score against its actual outcome, or a forecast's means over windows of days (the
// published forecasts). All are plain data, so they cross threads as is.
import type { CalibrationRow } from './calibration-row.js';
import { scoreTask } from './calibration-row.js';
import {
  type Actual,
  type DayWindow,
  type ForecastTask,
  runActual,
  runForecast,
  runWindowMeans,
} from './forecast-task.js';

export type StudyJob =
  | { kind: 'actual'; task: ForecastTask }
  | { kind: 'forecast'; task: ForecastTask; actual: Actual }
  | { kind: 'windows'; task: ForecastTask; windows: DayWindow[] };

export type StudyJobResult = Actual | CalibrationRow[] | Float64Array[];

/** Runs one job on the calling thread. */
export async function runStudyJob(job: StudyJob): Promise<StudyJobResult> {
  if (job.kind === 'actual') return runActual(job.task);
  if (job.kind === 'windows') return runWindowMeans(job.task, job.windows);
  return scoreTask(job.task, job.actual, await runForecast(job.task));
}
