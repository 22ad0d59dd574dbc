// Messages of the calibration study. One function a message; see shown.ts.

export const calibrationMessages = {
  coverageLine: (model: string, horizon: string, in50: string, in90: string, crps: string) =>
    `${model.padEnd(56)} ${horizon.padEnd(8)} net position: in 50 % band ${in50}  in 90 % band ${in90}  CRPS/capex ${crps}`,
  chosen: (model: string, fallback: boolean) =>
    `default model by the choice rule (tuning starts only): ${model}${fallback ? ' (no model met the coverage condition; the nearest was taken)' : ''}`,
  goal: (what: string, value: string, target: string, met: boolean) =>
    `goal, held-out: ${what} ${value} (target ${target}) ${met ? 'met' : 'MISSED'}`,
  wrote: (dir: string, forecasts: number, seconds: number) =>
    `wrote ${dir}/ (calibration.csv, scores.csv, published.csv, coverage.md, charts) from ${forecasts} scored forecasts in ${seconds.toFixed(0)} s`,
};
