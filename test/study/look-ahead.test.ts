// No look-ahead in the walk-forward study: every forecast of a start is the same, path for path,
// whatever the history holds after the start day. The history is changed in a fresh module graph
// (its caches empty: the endogenous network's fit and the mixtures' scores are kept per history),
// at the first starts each coin's models allow, near the history's end, and in between. The
// forecasts on the history as shipped come from one module graph shared by every case (its caches,
// kept per history, then serve every start of a coin; only the changed histories need graphs of
// their own), loaded before any history is changed.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { History } from '../../src/data/daily-history.js';
import type { Coin } from '../../src/model/coins/index.js';
import type { ForecastTask } from '../../src/study/forecast-task.js';
import { runsAt, STUDY_MODELS } from '../../src/study/study-models.js';
import { horizonsAt } from '../../src/study/walk-forward.js';

type Modules = {
  history: typeof import('../../src/data/history.js');
  task: typeof import('../../src/study/forecast-task.js');
};

/** The study's modules loaded anew, with caches of their own. */
async function fresh(): Promise<Modules> {
  vi.resetModules();
  return {
    history: await import('../../src/data/history.js'),
    task: await import('../../src/study/forecast-task.js'),
  };
}

/** Every daily series of `h` changed on every day after index `s`, by +10 % to +130 %. */
function changeAfter(h: History, s: number): void {
  const series = [h.priceUsd, h.difficulty, h.hashrateHs, h.blocks, h.issuance, h.fees, h.height, h.supply];
  for (const x of series) for (let i = s + 1; i < x.length; i++) x[i] *= 1.1 + ((i * 7919) % 13) / 10;
}

const CASES: [Coin, string][] = [
  ['bitcoin', '2013-01-01'],
  ['bitcoin', '2013-10-01'],
  ['bitcoin', '2017-05-17'],
  ['bitcoin', '2024-11-01'],
  ['monero', '2016-06-01'],
  ['monero', '2017-08-01'],
  ['monero', '2019-09-01'], // the last: a 90-day forecast from 2019-09-02 reaches RandomX
];

/** The modules on the history as shipped, shared by the cases: none of them changes its history. */
let before: Modules;
beforeAll(async () => {
  before = await fresh();
});

describe('no look-ahead', { timeout: 120_000 }, () => {
  it.each(CASES)(
    'runForecast() of %s from %s: every model, every path, the same with the history after the start changed',
    async (coin, start) => {
      const horizons = horizonsAt(coin, start);
      expect(horizons.length).toBeGreaterThan(0);
      const tasks: ForecastTask[] = STUDY_MODELS.filter((m) => runsAt(m, coin, start)).map((model) => ({
        coin,
        start,
        model,
        horizons,
        paths: 4,
        seed: 'look-ahead',
      }));
      const expected = await Promise.all(tasks.map((t) => before.task.runForecast(t)));
      const actual = await before.task.runActual(tasks[0]);

      const after = await fresh();
      const h = after.history.loadHistory(coin);
      changeAfter(h, h.indexOf(start));
      const changed = await after.task.runActual(tasks[0]);
      // The history did change where the outcomes are read: the start day is the same.
      expect(changed.atStart).toEqual(actual.atStart);
      expect(changed.values[0]).not.toEqual(actual.values[0]);
      for (const [i, t] of tasks.entries())
        expect(await after.task.runForecast(t), t.model.id).toEqual(expected[i]);
    },
  );
});

describe('no look-ahead in the published band', { timeout: 120_000 }, () => {
  it('scorePublishedBand() forecasts the week of 2013-08-04 the same, path for path, with every day from 2013-08-04 on changed', async () => {
    // The forecast made at a weekly start knows only the days before it: its run starts the day
    // before (2013-08-03), whose values and calibration window are all earlier days.
    const band = await import('../../src/study/published-band.js');
    const model = STUDY_MODELS.find((m) => m.id === 'bootstrap-stochastic')!;
    const task = { coin: 'bitcoin' as const, start: '2013-08-03', model, paths: 8, seed: 'look-ahead' };
    const windows = [band.bandWindow(1), band.bandWindow(4)];
    const expected = await before.task.runWindowMeans(task, windows);
    const after = await fresh();
    const h = after.history.loadHistory('bitcoin');
    changeAfter(h, h.indexOf('2013-08-03'));
    expect(await after.task.runWindowMeans(task, windows)).toEqual(expected);
    // And the test can tell: changing the run's own start day (2013-08-03) on changes the forecast.
    const known = await fresh();
    const k = known.history.loadHistory('bitcoin');
    changeAfter(k, k.indexOf('2013-08-02'));
    expect(await known.task.runWindowMeans(task, windows)).not.toEqual(expected);
  });
});
