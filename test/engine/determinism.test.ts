// Path k's numbers depend only on (seed, k): worker count, rerun and path count never change a
// path, and summary.json is byte-identical for any split. Worker runs load dist/engine/run/worker.js:
// `npm test` builds it first (pretest).
import { describe, expect, it } from 'vitest';
import { simulatePath } from '../../src/engine/kernel/kernel.js';
import { createMarketWorkspace } from '../../src/engine/kernel/market-path.js';
import { METRIC } from '../../src/engine/kernel/metrics.js';
import * as M from '../../src/engine/kernel/workspace.js';
import { type RunOptions, runMonteCarlo } from '../../src/engine/run/run.js';
import type { Scenario } from '../../src/scenario/normalize.js';
import type { Outcomes } from '../../src/stats/outcomes.js';
import { type Draft, loadScenario } from '../fixtures/scenarios.js';

/** The flagship scenario with a 2-year horizon (to keep the runs fast), edited by each case. */
async function flagship(edit: (s: Draft) => void = () => {}): Promise<Scenario> {
  return loadScenario('north-korea-2017-s9', (s) => {
    s.horizon = '2 years';
    edit(s);
  });
}

const OUTCOME_FIELDS: (keyof Outcomes)[] = [
  'paybackDay',
  'netAtHorizonUsd',
  'roiAtHorizon',
  'roiWithSalvage',
  'npvUsd',
  'irr',
  'coinsMined',
  'costPerCoinUsd',
  'breakEvenTariffUsdPerKwh',
  'breakEvenPriceUsd',
];

/** Every outcome field, first `n` paths, as plain arrays (toEqual tells NaN from NaN apart by Object.is). */
function firstOutcomes(o: Outcomes, n: number): Record<string, number[]> {
  return Object.fromEntries(OUTCOME_FIELDS.map((f) => [f, Array.from(o[f].subarray(0, n))]));
}

const run = (s: Scenario, options: RunOptions) => runMonteCarlo(s, { breakEvenPaths: 40, ...options });

describe('runMonteCarlo determinism', () => {
  it('runMonteCarlo() with 1 and 2 workers gives byte-identical summaries and outcomes', async () => {
    const s = await flagship();
    // 600 paths: a 256-path pilot, then chunks of 64 that two workers take in turn.
    const one = await run(s, { paths: 600, workers: 1 });
    const two = await run(s, { paths: 600, workers: 2 });
    expect(two.workers).toBe(2);
    expect(JSON.stringify(two.summary)).toBe(JSON.stringify(one.summary));
    expect(firstOutcomes(two.outcomes, 600)).toEqual(firstOutcomes(one.outcomes, 600));
    // The run is not trivially constant.
    expect(new Set(one.outcomes.netAtHorizonUsd).size).toBe(600);
  });

  it('runMonteCarlo() with 1 and 2 workers gives the same break-evens, searched in the pilot, after it (worker threads running) and in the chunks', async () => {
    const s = await flagship();
    // 300 paths searched: the 256 of the pilot, which with worker threads are searched once the
    // threads have chunks, and 44 more in the chunks.
    const one = await run(s, { paths: 400, workers: 1, breakEvenPaths: 300 });
    const two = await run(s, { paths: 400, workers: 2, breakEvenPaths: 300 });
    expect(two.workers).toBe(2);
    for (const name of ['breakEvenTariffUsdPerKwh', 'breakEvenPriceUsd'] as const) {
      expect(Array.from(two.outcomes[name]), name).toEqual(Array.from(one.outcomes[name]));
      // Searched paths have a break-even where one exists; the paths after them are not searched.
      expect(one.outcomes[name].slice(0, 300).filter(Number.isFinite).length, name).toBeGreaterThan(100);
      expect(one.outcomes[name].slice(300).every(Number.isNaN), name).toBe(true);
    }
    expect(JSON.stringify(two.summary)).toBe(JSON.stringify(one.summary));
  });

  it('runMonteCarlo() run twice gives the same summary', async () => {
    const s = await flagship();
    const a = await run(s, { paths: 400, workers: 1 });
    const b = await run(s, { paths: 400, workers: 1 });
    expect(JSON.stringify(b.summary)).toBe(JSON.stringify(a.summary));
  });

  it("runMonteCarlo() with 1,000 paths gives its first 100 paths the 100-path run's outcomes, every field", async () => {
    const s = await flagship();
    const many = await run(s, { paths: 1000, workers: 2 });
    const few = await run(s, { paths: 100, workers: 1 });
    expect(firstOutcomes(many.outcomes, 100)).toEqual(firstOutcomes(few.outcomes, 100));
    // Break-even values exist for these paths (below breakEvenPaths), so they were compared too.
    expect(Number.isFinite(few.outcomes.breakEvenTariffUsdPerKwh[0])).toBe(true);
  });

  it('runMonteCarlo() with a different seed gives different paths and a different summary', async () => {
    const s = await flagship();
    const a = await run(s, { paths: 300, workers: 1, seed: 2017 });
    const b = await run(s, { paths: 300, workers: 1, seed: 2018 });
    expect(JSON.stringify(b.summary)).not.toBe(JSON.stringify(a.summary));
    let same = 0;
    for (let k = 0; k < 300; k++) if (a.outcomes.netAtHorizonUsd[k] === b.outcomes.netAtHorizonUsd[k]) same++;
    expect(same).toBe(0);
  });

  it('runMonteCarlo() antithetic: deterministic across workers and reruns, odd paths mirror even ones', async () => {
    const s = await flagship();
    const one = await run(s, { paths: 400, workers: 1, antithetic: true });
    const two = await run(s, { paths: 400, workers: 2, antithetic: true });
    const again = await run(s, { paths: 400, workers: 2, antithetic: true });
    expect(JSON.stringify(two.summary)).toBe(JSON.stringify(one.summary));
    expect(JSON.stringify(again.summary)).toBe(JSON.stringify(two.summary));
    expect(firstOutcomes(two.outcomes, 400)).toEqual(firstOutcomes(one.outcomes, 400));
    const plain = await run(s, { paths: 400, workers: 1, antithetic: false });
    expect(JSON.stringify(plain.summary)).not.toBe(JSON.stringify(one.summary));
    // GBM price only: the pair's log prices sit symmetrically about the drift line, so
    // log P_0(d) + log P_1(d) = 2 (log P(0) + drift x d) at every checkpoint.
    const [p0, p1] = one.summary.samplePaths;
    if (one.market.price.type !== 'gbm') throw new Error('the scenario has a GBM price');
    const { startUsd, driftPerDay } = one.market.price;
    const checkpoints = one.summary.timeline.dates.length;
    for (let j = 0; j < checkpoints; j++) {
      const day = Math.round((Date.parse(one.summary.timeline.dates[j]) - Date.parse(s.start)) / 86_400_000);
      const sum = Math.log(p0.price[j]) + Math.log(p1.price[j]);
      expect(sum).toBeCloseTo(2 * (Math.log(startUsd) + driftPerDay * day), 9);
    }
  });

  it('runMonteCarlo() with no randomness gives every path the expected-value simulatePath outcome, exactly', async () => {
    const s = await flagship((d) => {
      d.price.model = { type: 'fixed' };
      d.network.model = { type: 'growth', rate: '60 %' };
      d.fees.model = { type: 'share-of-subsidy', share: '3 %' };
      d.fleet[0].failureRate = '0 %';
    });
    const result = await run(s, { paths: 300, workers: 2 });
    expect(result.market.stochastic).toBe(false);
    const w = createMarketWorkspace(result.market);
    const kernel = M.createKernelWorkspace(result.plan);
    const metrics = simulatePath(result.plan, w.path, kernel, null).slice();
    const expected: Record<string, number> = {
      paybackDay: metrics[METRIC.paybackDay],
      netAtHorizonUsd: metrics[METRIC.netAtHorizonUsd],
      roiAtHorizon: metrics[METRIC.roiAtHorizon],
      roiWithSalvage: metrics[METRIC.roiWithSalvage],
      npvUsd: metrics[METRIC.npvUsd],
      irr: metrics[METRIC.irr],
      coinsMined: metrics[METRIC.coinsMined],
      costPerCoinUsd: metrics[METRIC.costPerCoinUsd],
    };
    const o = result.outcomes;
    for (const [field, value] of Object.entries(expected)) {
      const column = o[field as keyof Outcomes];
      for (let k = 0; k < 300; k++) expect(column[k], `${field}[${k}]`).toBe(value);
    }
    // And the constants are not degenerate: the fleet mined and had a net position.
    expect(expected.coinsMined).toBeGreaterThan(0);
    expect(Number.isFinite(expected.netAtHorizonUsd)).toBe(true);
  });

  // Guards a fixed bug (src/engine/run/run.ts): `breakEvenPaths = (values) => values.filter((_, k) => k < paths)`
  // keeps every path, so the break-even columns hold `paths` entries, NaN past breakEvenPaths:
  // "not searched" cannot be told from "no break-even exists" (both NaN, both dropped by
  // distribution()). Fix: filter on `k < setup.breakEvenPaths` (or subarray(0, setup.breakEvenPaths)).
  it('runMonteCarlo() outcomes carry break-even values for the first breakEvenPaths paths only', async () => {
    const s = await flagship();
    const result = await run(s, { paths: 100, workers: 1, breakEvenPaths: 10 });
    expect(result.outcomes.breakEvenTariffUsdPerKwh.length).toBe(10);
    expect(result.outcomes.breakEvenPriceUsd.length).toBe(10);
  });
});
