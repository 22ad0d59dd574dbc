// Messages of the calibration study. One function a message; see shown.ts.

export const calibrationMessages = {
  tooFewPaths: (paths: number, min: number) =>
    `--paths for calibrate must be at least ${min} (got ${paths}): a band read from n paths holds on average ` +
    `(n - 1) / (n + 1) of its share of a calibrated forecast’s outcomes, so at ${paths} the 90 % band would hold ` +
    `${(((paths - 1) / (paths + 1)) * 90).toFixed(0)} % and every model would score as too narrow; give --paths ` +
    `${min} or more (the default is 500)`,
  tooManyPaths: (paths: number, max: number) =>
    `--paths for calibrate must be at most ${max.toLocaleString('en-US')} (got ${paths.toLocaleString('en-US')}): ` +
    'the study keeps every path of a forecast in memory (four quantities at each horizon, 128 bytes a path, ' +
    'two forecasts in flight on each worker) and runs about 2,500 forecasts; give --paths ' +
    `${max.toLocaleString('en-US')} or fewer (500 takes about 100 s of processor time)`,
  coverageLine: (model: string, horizon: string, in50: string, in90: string, crps: string) =>
    `${model.padEnd(56)} ${horizon.padEnd(8)} net position: in 50 % band ${in50}  in 90 % band ${in90}  CRPS/capex ${crps}`,
  chosen: (model: string, fallback: boolean) =>
    `default model by the choice rule (tuning starts only): ${model}${fallback ? ' (no model met the coverage condition; the nearest was taken)' : ''}`,
  /**
   * This run's rule chose another model than the default minesim ships (src/model/market/defaults.ts),
   * which the goals and the published forecasts measure. Markdown-free: coverage.md bolds it itself.
   */
  shippedDefault: (shipped: string, chosen: string) =>
    `minesim's default stays ${shipped}, which this rule chose when the default was set; on this run's draws it chooses ${chosen} instead. The default changes when the rule's choice holds across seeds and every start the default runs today can run under it (the README gives the study's seeds, what each chose, and what keeps the default); the goals and the published forecasts below are the default's`,
  goal: (what: string, value: string, target: string, met: boolean) =>
    `goal, held-out: ${what} ${value} (target ${target}) ${met ? 'met' : 'MISSED'}`,
  wrote: (dir: string, forecasts: number, seconds: number) =>
    `wrote ${dir}/ (calibration.csv, scores.csv, published.csv, published-band.csv, coverage.md, charts) from ${forecasts} scored forecasts in ${seconds.toFixed(0)} s`,
};
