// No look-ahead in the walk-forward study: every forecast of a start is the same, path for path,
// whatever the history holds after the start day. The history is changed in a fresh module graph
// (its caches empty: the endogenous network's fit and the mixtures' scores are kept per history),
// at the first starts each coin's models allow, near the history's end, and in between.
import { describe, expect, it, vi } from 'vitest';
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
      const before = await fresh();
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
