// The same fleet written another way runs the same: YAML keys in another order, a cohort split
// into two identical halves, two cohorts swapped (without failures, whose draws follow the
// cohorts' order: README "Randomness"), and a fleet of twice the machines doubles every USD
// figure and coin and leaves ROI, payback and IRR as they were (a network growing on its own,
// which the fleet does not move).
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { type RunResult, runMonteCarlo } from '../../src/engine/run/run.js';
import type { RunSummary } from '../../src/stats/summary.js';
import { type Draft, scenarioDraft, scenarioOf } from '../fixtures/scenarios.js';

const OPTIONS = { paths: 60, workers: 1, breakEvenPaths: 20, withBacktest: false } as const;

/** The flagship over 2 years without failures or setup cost, edited by `edit`. */
function flagship(edit: (d: Draft) => void = () => {}): Draft {
  const d = scenarioDraft('north-korea-2017-s9');
  d.horizon = '2 years';
  d.fleet[0].failureRate = 0;
  d.fleet[0].setupCost = '0 USD';
  edit(d);
  return d;
}

const run = async (d: Draft | string): Promise<RunResult> => runMonteCarlo(await scenarioOf(d), OPTIONS);

/** The summary's figures: everything but the echo of the scenario and the daily view's cohorts. */
function figures(s: RunSummary): string {
  const { scenario: _s, dailyView, ...rest } = s;
  const { cohorts: _c, ...view } = (dailyView ?? {}) as Record<string, unknown>;
  return JSON.stringify({ ...rest, view });
}

/** Every key of every mapping in reverse order. */
function reversed(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(reversed);
  if (x === null || typeof x !== 'object') return x;
  return Object.fromEntries(
    Object.entries(x)
      .reverse()
      .map(([k, v]) => [k, reversed(v)]),
  );
}

describe('runMonteCarlo() on one fleet written several ways', () => {
  it('runMonteCarlo() on the loan scenario with its keys reversed gives the same summary, byte for byte', async () => {
    const d = scenarioDraft('top-of-market-2021-11-10-loan');
    const a = await run(stringify(d));
    const b = await run(stringify(reversed(parse(stringify(d)))));
    expect(JSON.stringify(b.summary)).toBe(JSON.stringify(a.summary));
  });

  it('runMonteCarlo() on the loan scenario with its 100 machines as two cohorts of 50 gives the same figures, books included', async () => {
    const one = scenarioDraft('top-of-market-2021-11-10-loan');
    one.fleet[0].failureRate = 0;
    const two = scenarioDraft('top-of-market-2021-11-10-loan');
    const half = { ...two.fleet[0], failureRate: 0, count: 50, setupCost: '10000 USD' };
    two.fleet = [half, { ...half, name: 'S19j Pro B' }];
    const a = await run(one);
    const b = await run(two);
    expect(b.summary.dailyView?.cohorts.length).toBe(2);
    expect(figures(b.summary)).toBe(figures(a.summary));
    // The books ran: equity figures are there to compare.
    expect(a.summary.headline.equityNpvUsd).toBeDefined();
  });

  it('runMonteCarlo() with two cohorts swapped (no failures) gives the same figures', async () => {
    const s7 = {
      model: 'Antminer S7',
      count: 6,
      unitPrice: '900 USD',
      deploymentDelay: '40 days',
      uptime: '85 %',
    };
    const a = await run(flagship((d) => d.fleet.push(s7)));
    const b = await run(flagship((d) => d.fleet.unshift(s7)));
    expect(b.summary.dailyView?.cohorts[0].name).toBe('Antminer S7');
    expect(figures(b.summary)).toBe(figures(a.summary));
  });

  it('runMonteCarlo() with 20 machines for 10 doubles USD figures and coins, and keeps ROI, payback and IRR', async () => {
    const a = await run(flagship());
    const b = await run(flagship((d) => (d.fleet[0].count = 20)));
    const oa = a.outcomes;
    const ob = b.outcomes;
    for (let k = 0; k < OPTIONS.paths; k++) {
      // Doubling is exact in binary: every USD sum doubles to the bit.
      expect(ob.netAtHorizonUsd[k]).toBe(2 * oa.netAtHorizonUsd[k]);
      expect(ob.npvUsd[k]).toBe(2 * oa.npvUsd[k]);
      expect(ob.coinsMined[k]).toBe(2 * oa.coinsMined[k]);
      expect(ob.paybackDay[k]).toBe(oa.paybackDay[k]);
      expect(ob.roiAtHorizon[k]).toBe(oa.roiAtHorizon[k]);
      expect(ob.irr[k]).toBe(oa.irr[k]);
      expect(ob.costPerCoinUsd[k]).toBe(oa.costPerCoinUsd[k]);
    }
    expect(b.summary.headline.paybackWithin2y).toEqual(a.summary.headline.paybackWithin2y);
  });
});
