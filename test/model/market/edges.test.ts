// Edge cases of the market models: what a scenario may write at the ends of the schema's ranges
// gives finite paths or a refusal that says what to give, never NaN, a silent 0 or a wrong label.
import { describe, expect, it } from 'vitest';
import { schemaMessages } from '../../../src/messages/schema.js';
import { DAYS_PER_YEAR } from '../../../src/model/calendar.js';
import { bootstrapPrice } from '../../../src/model/market/price/bootstrap.js';
import { jumpDiffusionPrice } from '../../../src/model/market/price/jump-diffusion.js';
import { stepNetworkDay } from '../../../src/model/network-day.js';
import { createNetworkState, NET_DIFFICULTY, resetNetworkState } from '../../../src/model/network-state.js';
import { compileMarketDraft, type Draft, eachMarketPath, marketProblems } from '../../fixtures/market.js';

const monero = (market: Draft): Draft => ({
  coin: 'monero',
  fleet: [{ hashrate: '4.1 kH/s', power: '100 W', count: 1, unitPrice: '300 USD' }],
  fees: { model: { type: 'per-block', amount: 0.01 } },
  price: { model: { type: 'fixed' } },
  ...market,
});

describe('market model edges', () => {
  it('validate refuses growth `per: epoch` on Monero, which has no 2016-block epochs (it read as 14 days)', async () => {
    const problems = await marketProblems(
      monero({ network: { model: { type: 'growth', rate: '3 %', per: 'epoch' } } }),
    );
    expect(problems.map((p) => p.path)).toEqual(['network.model.per']);
    expect(problems[0].message.startsWith(schemaMessages.epochWithoutRetargets('monero'))).toBe(true);
    // Per year it runs; on Bitcoin an epoch is 14 days: 3 % an epoch is ln(1.03) / 14 a day.
    expect(await marketProblems(monero({ network: { model: { type: 'growth', rate: '3 %' } } }))).toEqual([]);
    const { market } = await compileMarketDraft({
      network: { model: { type: 'growth', rate: '3 %', per: 'epoch' } },
    });
    expect((market.hashrate as { growthLogPerDay: number }).growthLogPerDay).toBeCloseTo(
      Math.log(1.03) / 14,
      15,
    );
  });

  it('growth `per: epoch` is said to be per 14 days, and its retargets step the difficulty 2.91 % at 3 %, as the reference says', async () => {
    // Before: 'hashrate grows 3.0 % per epoch' beside a reference reading 'a difficulty epoch
    // (2016 blocks)'. The rate is per 14 days, and while the hashrate grows 2016 blocks take
    // less: in the steady state each retarget multiplies the difficulty by k with k ln k = ln 1.03
    // (an epoch of 14 / k days, over which the hashrate grows e^(ln 1.03 / 14 x 14 / k) = k):
    // k = 1.029138 (the 3-year path reaches 1.029133: its hashrate moves once a day).
    const { plan, market } = await compileMarketDraft({
      horizon: '3 years',
      network: { model: { type: 'growth', rate: '3 %', per: 'epoch' } },
    });
    const line = market.assumptions.find((a) => a.label === 'Network model');
    expect(line?.value).toBe('hashrate grows 3.0 % an epoch (14 days)');
    const state = createNetworkState();
    resetNetworkState(state, plan);
    const steps: number[] = [];
    eachMarketPath(market, 1, 1, (path) => {
      for (let d = 0; d < plan.days; d++) {
        const before = state[NET_DIFFICULTY];
        stepNetworkDay(state, plan, path, d);
        if (state[NET_DIFFICULTY] !== before) steps.push(state[NET_DIFFICULTY] / before);
      }
    });
    expect(steps.at(-1)).toBeCloseTo(1.029138, 4);
  });

  it("validate refuses an endogenous network on the history's first day without an efficiency: its margins, relative to the day before the start, had no day to stand on and the hashrate stayed flat", async () => {
    // 2010-07-18 is the first day of the Bitcoin history and the catalog has no machine before
    // 2015-08: the frontier's cost is taken from the day before the start, which the history does
    // not hold, so every margin was NaN: no entry, no shutdown, the network flat at 1.55 GH/s for
    // a year whatever the price did.
    const endogenous = {
      type: 'endogenous',
      lag: '7 days',
      entryRate: '200 %',
      entryMargin: 1.5,
      shutdownMargin: 1.2,
      shutdown: 0.5,
      volatility: '0 %',
    };
    const early = (model: Draft): Draft => ({
      start: '2010-07-18',
      fleet: [{ hashrate: '100 MH/s', power: '10 W', count: 1, unitPrice: '300 USD' }],
      price: { start: '0.08584 USD', model: { type: 'fixed' } },
      network: { model },
    });
    const problems = await marketProblems(early(endogenous));
    expect(problems.map((p) => p.path)).toEqual(['network.model.efficiency']);
    expect(problems[0].message.startsWith(schemaMessages.endogenousNoFrontier('2010-07-18'))).toBe(true);
    // With an efficiency the frontier's cost is known, and the margins are finite.
    const { market } = await compileMarketDraft(early({ ...endogenous, efficiency: '1e-6 J/H' }));
    eachMarketPath(market, 1, 1, (p) => {
      expect(p.networkHashrateHs.every((h) => Number.isFinite(h) && h > 0)).toBe(true);
    });
  });

  it('compileMarket() GARCH-t with alpha and beta given and nu fitted says which is which', async () => {
    const { market } = await compileMarketDraft({
      price: { start: '3800 USD', model: { type: 'garch-t', calibrate: '2 years', alpha: 0.05, beta: 0.9 } },
    });
    const line = market.assumptions.find((a) => a.label === 'Price GARCH alpha / beta / nu');
    // Before, one given parameter labelled all three `given`.
    expect(line?.note).toBe('alpha, beta given; the rest calibrated on 731 days before the start');
    const all = await compileMarketDraft({
      price: {
        start: '3800 USD',
        model: { type: 'garch-t', calibrate: '2 years', alpha: 0.05, beta: 0.9, nu: 5 },
      },
    });
    expect(all.market.assumptions.find((a) => a.label === 'Price GARCH alpha / beta / nu')?.note).toBe(
      'given',
    );
  });

  it('fillMarketPath() at zero volatility: a stochastic network and a jump-diffusion without jumps follow their drift exactly', async () => {
    const { market } = await compileMarketDraft({
      price: {
        start: '3800 USD',
        model: {
          type: 'jump-diffusion',
          drift: '30 %',
          volatility: '0 %',
          jumpsPerYear: 0,
          jumpMean: '0 %',
          jumpVolatility: '0 %',
        },
      },
      network: {
        model: {
          type: 'stochastic',
          drift: '40 %',
          volatility: '0 %',
          meanReversion: '100 %',
          priceCorrelation: 1,
        },
      },
    });
    eachMarketPath(market, 2, 31, (p) => {
      for (let d = 0; d < market.days; d++) {
        expect(Math.abs(p.priceUsd[d] / (3800 * Math.exp((0.3 * d) / 365.25)) - 1)).toBeLessThan(1e-13);
        // On its trend the reversion pulls nothing (before, it pulled toward the next day's trend:
        // the path ran k g a day above it, up to a day's growth g).
        expect(
          Math.abs(Math.log(p.networkHashrateHs[d] / p.networkHashrateHs[0]) - (0.4 * d) / 365.25),
        ).toBeLessThan(1e-12);
      }
    });
  });

  it('fillMarketPath() at the schema bounds that the market range lets through gives finite, positive series', async () => {
    const cases: Draft[] = [
      {
        network: {
          model: {
            type: 'stochastic',
            drift: '100 %',
            volatility: '300 %',
            meanReversion: '10000 %',
            priceCorrelation: -1,
          },
        },
        price: {
          start: '3800 USD',
          model: { type: 'garch-t', drift: '0 %', volatility: '1000 %', alpha: 0.3, beta: 0.6998, nu: 2.05 },
        },
      },
      {
        price: {
          start: '3800 USD',
          model: {
            type: 'jump-diffusion',
            drift: '0 %',
            volatility: '300 %',
            jumpsPerYear: 365,
            jumpMean: '0 %',
            jumpVolatility: '100 %',
          },
        },
      },
      {
        fees: {
          model: {
            type: 'share-of-subsidy',
            share: '100',
            spikes: { perYear: 36, multiplier: 1000, duration: '10 days' },
          },
        },
      },
      { price: { start: '3800 USD', model: { type: 'bootstrap', window: '30 days', blockLength: '1 day' } } },
    ];
    for (const c of cases) {
      expect(await marketProblems(c)).toEqual([]);
      const { market } = await compileMarketDraft(c);
      let bad = 0;
      eachMarketPath(market, 50, 32, (p) => {
        for (let d = 0; d < market.days; d++)
          for (const v of [p.priceUsd[d], p.networkHashrateHs[d], p.feesPerBlock[d]])
            if (!(Number.isFinite(v) && v > 0)) bad++;
      });
      expect(bad).toBe(0);
    }
  });
});

describe('jump-diffusion drift', () => {
  it('compileMarket() jump-diffusion with a given drift says it is the diffusion and gives the total with the jumps', async () => {
    const { market } = await compileMarketDraft({
      price: {
        start: '3800 USD',
        model: {
          type: 'jump-diffusion',
          drift: '20 %',
          volatility: '50 %',
          jumpsPerYear: 10,
          jumpMean: '-10 %',
          jumpVolatility: '15 %',
        },
      },
    });
    const line = market.assumptions.find((a) => a.label === 'Price drift / volatility');
    // 20 % + 10 x -10 % = -80 % a year in all: before, only `given` stood beside the 20 %.
    expect(line).toEqual({
      label: 'Price drift / volatility',
      value: '20.0 % / 50.0 % a year',
      note: 'given; with the jumps, expected log growth -80.0 % a year',
    });
    expect((market.price as { driftPerDay: number }).driftPerDay).toBeCloseTo(0.2 / 365.25, 15);
  });
});

describe('the jump-diffusion price held calm', () => {
  it("jumpDiffusionPrice.calm() grows at the expected log growth, the jumps' mean move included", () => {
    // Diffusion drift 10 % a year, 4 jumps a year of mean log size -5 %: the expected log growth is
    // 10 % + 4 x -5 % = -10 % a year, which the assumption line states. The calm path (the chart
    // events' expected path) grew at +10 %, as if the jumps never came.
    const plan = {
      type: 'jump-diffusion' as const,
      startUsd: 1000,
      driftPerDay: 0.1 / DAYS_PER_YEAR,
      volPerSqrtDay: 0.5 / Math.sqrt(DAYS_PER_YEAR),
      jumpsPerDay: 4 / DAYS_PER_YEAR,
      jumpMean: -0.05,
      jumpVol: 0.1,
    };
    const calm = jumpDiffusionPrice.calm(plan);
    expect(calm.driftPerDay * DAYS_PER_YEAR).toBeCloseTo(-0.1, 12);
    expect(calm.volPerSqrtDay).toBe(0);
    expect(calm.jumpsPerDay).toBe(0);
  });
});

describe('the bootstrap price held calm', () => {
  it("bootstrapPrice.calm() grows at the window's mean log return a day, not flat", () => {
    // A window whose returns average +0.2 % a day (about +73 % a year): each resampled day is one of
    // them, each as likely, so the expected log growth is 0.002 a day. The calm path stayed flat.
    const returns = Float64Array.of(0.01, -0.006, 0.002, 0.004, 0);
    const calm = bootstrapPrice.calm({
      type: 'bootstrap',
      startUsd: 1000,
      returns,
      restartProb: 1 / 30,
      shocks: new Float64Array(5),
    });
    expect(calm).toEqual({ type: 'gbm', startUsd: 1000, driftPerDay: 0.002, volPerSqrtDay: 0 });
  });
});

describe('the bootstrap price as the assumptions table states it', () => {
  it('compileMarket() bootstrap with blockLength `1.5 weeks` or `1 month` says the mean block it resamples, 10.5 and 30.44 days (it said 11 and 30)', async () => {
    // 1.5 weeks is 10.5 days, a month 365.25 / 12 = 30.4375 days: the blocks restart on 1 / 10.5
    // and 1 / 30.4375 of days, so their mean length is that, not the whole days it was rounded to.
    for (const [written, days, shown] of [
      ['1.5 weeks', 10.5, '10.5'],
      ['1 month', 30.4375, '30.44'],
      ['30 days', 30, '30'],
    ] as const) {
      const { market } = await compileMarketDraft({
        start: '2020-01-01',
        price: { start: '7200 USD', model: { type: 'bootstrap', blockLength: written } },
      });
      expect((market.price as { restartProb: number }).restartProb).toBeCloseTo(1 / days, 15);
      expect(market.assumptions.find((a) => a.label === 'Price model')?.value).toBe(
        `stationary block bootstrap, mean block ${shown} days`,
      );
    }
  });
});
