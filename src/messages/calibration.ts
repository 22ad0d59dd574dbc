// Messages of the calibration study. One function a message; see shown.ts.

export const calibrationMessages = {
  coverageLine: (model: string, horizon: string, in50: string, in90: string, meanPit: string, ks: string) =>
    `${model.padEnd(42)} ${horizon.padEnd(8)} in 50 % band ${in50}  in 90 % band ${in90}  mean PIT ${meanPit}  KS ${ks}`,
  wrote: (dir: string, runs: number, seconds: number) =>
    `wrote ${dir}/ (calibration.csv, coverage.csv, coverage.md, charts) from ${runs} Monte Carlo runs in ${seconds.toFixed(0)} s`,
};
