// Every calibrated market parameter recomputed by hand from the shipped CSV rows (read apart from
// minesim's loader), for windows inside the history, windows that begin at its first day (partial:
// allowed) and short ones, on Bitcoin and Monero: the plan must carry the hand figure and the
// assumptions table must print it. A hand window ends on the day before the start, so a plan that
// read the start day or later would not match.
import { describe, expect, it } from 'vitest';
import type { MarketPlan } from '../../../src/engine/compile/market-types.js';
import { type DailyRows, readDailyCsv, rowsBefore } from '../../fixtures/daily-csv.js';
import { compileMarketDraft, type Draft, eachMarketPath, meanSe } from '../../fixtures/market.js';

const YEAR = 365.25;
const btc = readDailyCsv('bitcoin');
const xmr = readDailyCsv('monero');
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
/** A fee share as the assumptions table prints it: three significant figures (0.747 %, 12.1 %). */
const shareOf = (x: number) => `${Number((x * 100).toPrecision(3))} %`;

/** A Monero scenario over the market draft: a CPU fleet, fees in XMR, the start price from the history. */
const monero = (market: Draft): Draft => ({
  coin: 'monero',
  fleet: [{ hashrate: '4.1 kH/s', power: '100 W', count: 1, unitPrice: '300 USD' }],
  fees: { model: { type: 'per-block', amount: 0.01 } },
  price: { model: { type: 'fixed' } },
  ...market,
});

const assumption = (m: MarketPlan, label: string) => {
  const a = m.assumptions.find((x) => x.label === label);
  if (a === undefined) throw new Error(`no assumption ${label}`);
  return a;
};

/** ln(p[i+1] / p[i]) for consecutive rows of [from, to). */
function returnsOf(series: number[], w: { from: number; to: number }): number[] {
  const out: number[] = [];
  for (let i = w.from; i + 1 < w.to; i++) out.push(Math.log(series[i + 1] / series[i]));
  return out;
}
const mean = (x: number[]) => x.reduce((a, b) => a + b, 0) / x.length;
const sampleSd = (x: number[]) => {
  const m = mean(x);
  return Math.sqrt(x.reduce((a, b) => a + (b - m) ** 2, 0) / (x.length - 1));
};
const relClose = (a: number, b: number, tol = 1e-12) =>
  expect(Math.abs(a - b)).toBeLessThanOrEqual(tol * Math.abs(b) + 1e-300);

/** The written window's days: a duration in days rounded as the scenario rounds it (`2 years` = 730.5 -> 731). */
const WINDOWS = { '2 years': 731, '1 year': 365, '180 days': 180, '90 days': 90 } as const;
type WindowText = keyof typeof WINDOWS;

interface Case {
  coin: 'bitcoin' | 'monero';
  start: string;
  window: WindowText;
  /** Days the history covers when the window begins before its first day (partial: allowed). */
  covered?: number;
  /** What the fee note adds for a window across a halving (fee-level.ts). */
  across?: string;
  /**
   * The coins the emission rule gives the window's blocks, by hand, where they are not its
   * issuance (Monero's blocks paid less by their block-size penalties; a share is of the rule's).
   */
  ruleIssued?: number;
}
const rowsOf = (c: Case): DailyRows => (c.coin === 'bitcoin' ? btc : xmr);
/** Bitcoin before 2011 hashed a few GH/s: the fleet is a 1 MH/s machine there, so it fits the network. */
const early = (c: Case) =>
  c.start < '2011-01-01'
    ? { fleet: [{ hashrate: '1 MH/s', power: '100 W', count: 1, unitPrice: '1 USD' }] }
    : {};
const draftOf = (c: Case, market: Draft): Draft =>
  c.coin === 'bitcoin' ? { start: c.start, ...early(c), ...market } : monero({ start: c.start, ...market });
const windowNote = (c: Case) =>
  c.covered === undefined
    ? `calibrated on ${WINDOWS[c.window]} days before the start`
    : `calibrated on ${c.covered} of ${WINDOWS[c.window]} days before the start (partial window allowed)`;

const PRICE_CASES: Case[] = [
  { coin: 'bitcoin', start: '2019-01-01', window: '2 years' },
  // Begins 331 days before the history's first day (2010-07-18): 34 days covered, 33 returns.
  { coin: 'bitcoin', start: '2010-08-21', window: '1 year', covered: 34 },
  { coin: 'bitcoin', start: '2024-06-01', window: '90 days' },
  { coin: 'monero', start: '2019-06-01', window: '1 year' },
  // Monero's history begins 2014-05-20: 42 of 365 days.
  { coin: 'monero', start: '2014-07-01', window: '1 year', covered: 42 },
];

describe('price calibration by hand from the CSV rows', () => {
  it.each(PRICE_CASES)(
    'compileMarket() GBM on %o: drift = mean x 365.25 and volatility = sd x sqrt(365.25) of the window returns',
    async (c) => {
      const rows = rowsOf(c);
      const w = rowsBefore(rows, c.start, WINDOWS[c.window]);
      expect(w.to - w.from).toBe(c.covered ?? WINDOWS[c.window]);
      const r = returnsOf(rows.price, w);
      const partial = c.covered === undefined ? {} : { partial: 'allowed' };
      const { market } = await compileMarketDraft(
        draftOf(c, {
          price: {
            ...(c.coin === 'bitcoin' ? { start: '3800 USD' } : {}),
            model: { type: 'gbm', calibrate: c.window, ...partial },
          },
        }),
      );
      const p = market.price as { driftPerDay: number; volPerSqrtDay: number };
      relClose(p.driftPerDay, mean(r));
      relClose(p.volPerSqrtDay, sampleSd(r));
      expect(assumption(market, 'Price drift').value).toBe(`${pct(mean(r) * YEAR)} a year (log)`);
      expect(assumption(market, 'Price volatility')).toEqual({
        label: 'Price volatility',
        value: `${pct(sampleSd(r) * Math.sqrt(YEAR))} a year`,
        note: windowNote(c),
      });
      // The shrunk drift with weight 0 on the prior is the same window mean, on the same year.
      const { market: shrunk } = await compileMarketDraft(
        draftOf(c, {
          price: {
            ...(c.coin === 'bitcoin' ? { start: '3800 USD' } : {}),
            model: { type: 'gbm', calibrate: c.window, drift: { prior: '0 %', shrink: '0 %' }, ...partial },
          },
        }),
      );
      relClose((shrunk.price as { driftPerDay: number }).driftPerDay, mean(r));
    },
  );

  it.each([
    PRICE_CASES[0],
    // PRICE_CASES[2], the 90 days before 2024-06-01, hold no jump: refused
    // (test/calibration-windows/jump-diffusion-no-jumps.test.ts).
    PRICE_CASES[3],
    // 34 returns from the history's first day with one jump among them (-30 % on 2010-07-22).
    { coin: 'bitcoin', start: '2010-08-22', window: '1 year', covered: 35 } as Case,
  ])(
    'compileMarket() jump-diffusion on %o: jumps beyond 4 x 1.4826 x MAD of the median, the rest the diffusion',
    async (c) => {
      const rows = rowsOf(c);
      const r = returnsOf(rows.price, rowsBefore(rows, c.start, WINDOWS[c.window]));
      const sorted = [...r].sort((a, b) => a - b);
      const med = sorted[Math.floor(r.length / 2)];
      const mad = [...r].map((x) => Math.abs(x - med)).sort((a, b) => a - b)[Math.floor(r.length / 2)];
      const isJump = (x: number) => Math.abs(x - med) > 4 * 1.4826 * mad;
      const calm = r.filter((x) => !isJump(x));
      const jumps = r.filter(isJump);
      const { market } = await compileMarketDraft(
        draftOf(c, {
          price: {
            ...(c.coin === 'bitcoin' ? { start: '3800 USD' } : {}),
            model: {
              type: 'jump-diffusion',
              calibrate: c.window,
              ...(c.covered === undefined ? {} : { partial: 'allowed' }),
            },
          },
        }),
      );
      const p = market.price as {
        driftPerDay: number;
        volPerSqrtDay: number;
        jumpsPerDay: number;
        jumpMean: number;
        jumpVol: number;
      };
      relClose(p.driftPerDay, mean(calm));
      relClose(p.volPerSqrtDay, sampleSd(calm));
      relClose(p.jumpsPerDay, jumps.length / r.length);
      // One jump: its own size, no spread, and the note says so (before, its size read 0 %). A
      // jump's size is its day's return less the calm days' mean: a simulated day moves by the
      // drift whether it jumps or not, so the expected log growth, drift + jumps a day x their
      // mean size, is the window's mean.
      const size = jumps.length > 0 ? mean(jumps) - mean(calm) : 0;
      relClose(p.driftPerDay + p.jumpsPerDay * p.jumpMean, mean(r), 1e-9);
      // Likewise a jump day's variance is the diffusion's day and the jump's: the jumps' spread
      // is the jump days' variance less the calm days'.
      const spread =
        jumps.length > 1 ? Math.sqrt(Math.max(0, sampleSd(jumps) ** 2 - sampleSd(calm) ** 2)) : 0;
      relClose(p.jumpMean, size);
      relClose(p.jumpVol, spread);
      expect(assumption(market, 'Price jumps').value).toBe(
        `${((jumps.length / r.length) * YEAR).toFixed(1)} a year, log size ${pct(size)} ± ${pct(spread)}`,
      );
      expect(assumption(market, 'Price jumps').note).toBe(
        jumps.length === 1
          ? `${windowNote(c)}; one jump in the window: its size is the mean, with no spread (give jumpVolatility to set one)`
          : windowNote(c),
      );
      if (c.covered !== undefined) expect(jumps.length).toBe(1);
    },
  );

  it('fillMarketPath() jump-diffusion calibrated on the 2 years before 2017-05-17 grows as the window did: 100.2 % a year (log), as `drift: { shrink: 0 % }` (it grew 110.4 %)', async () => {
    // By hand: the 731 days before 2017-05-17 hold 730 returns of mean 0.0027444 a day (100.24 %
    // a year). 47 of them lie beyond 4 x 1.4826 x MAD of the median (23.5 jumps a year), of mean
    // -1.988 %; the other 683 have mean 0.43012 % (157.1 % a year, the drift between jumps). A
    // simulated day moves by the drift and, on a jump day, the jump besides: a jump of the whole
    // day's -1.988 % counted the drift on 730 days where the window had it on 683, 157.1 % + 23.5
    // x -1.988 % = 110.4 % a year. Its size net of the day's drift, -2.418 %, gives 100.2 %.
    const rows = btc;
    const r = returnsOf(rows.price, rowsBefore(rows, '2017-05-17', 731));
    const windowMean = mean(r);
    const price = { start: '1800 USD' };
    const calibrated = await compileMarketDraft({
      start: '2017-05-17',
      price: { ...price, model: { type: 'jump-diffusion', calibrate: '2 years' } },
    });
    const shrunk = await compileMarketDraft({
      start: '2017-05-17',
      price: {
        ...price,
        model: { type: 'jump-diffusion', calibrate: '2 years', drift: { prior: '0 %', shrink: '0 %' } },
      },
    });
    const p = calibrated.market.price as { driftPerDay: number; jumpsPerDay: number; jumpMean: number };
    relClose(p.driftPerDay, (shrunk.market.price as { driftPerDay: number }).driftPerDay, 1e-9);
    relClose(p.driftPerDay + p.jumpsPerDay * p.jumpMean, windowMean, 1e-9);
    // The paths: ln(P_364 / P_0) over 4,000 paths, mean within 4 SE of 364 x the window mean
    // (sd about 0.58, SE about 0.009; the 110.4 % drift put it 0.10 above, 11 SE).
    const days = calibrated.market.days - 1;
    const logs: number[] = [];
    eachMarketPath(calibrated.market, 4000, 11, (path) => {
      logs.push(Math.log(path.priceUsd[days] / path.priceUsd[0]));
    });
    const { mean: simulated, se } = meanSe(logs);
    expect(Math.abs(simulated - windowMean * days)).toBeLessThan(4 * se);
  });

  it('compileMarket() jump-diffusion calibrated on the 2 years before 2017-05-17 varies as the window did: a jump day is the diffusion and the jump, each once (its variance was 4.0 % above the window, now 1.5 %)', async () => {
    // By hand: the 730 returns vary by 8.964e-4 a day (57.22 % a year); the 683 calm ones by
    // 3.418e-4 (35.33 %), the 47 jump days by 8.579e-3 (9.26 % a day) about their mean -1.988 %,
    // 2.418 % below the calm days'. A simulated jump day moves by the diffusion's day and the
    // jump: its variance is sigma^2 + s^2, so the jumps' spread is s^2 = 8.579e-3 - 3.418e-4 =
    // 8.237e-3 (9.08 %). Taking the jump days' whole variance as the jumps' counted the
    // diffusion's twice on them: the model's day varied by sigma^2 + lambda (m^2 + s^2) =
    // 9.318e-4, 4.0 % above the window; now 9.098e-4, 1.5 % (what is left: the jump days'
    // variance over 46 rather than 47 days).
    const r = returnsOf(btc.price, rowsBefore(btc, '2017-05-17', 731));
    const { market } = await compileMarketDraft({
      start: '2017-05-17',
      price: { start: '1800 USD', model: { type: 'jump-diffusion', calibrate: '2 years' } },
    });
    const p = market.price as {
      volPerSqrtDay: number;
      jumpsPerDay: number;
      jumpMean: number;
      jumpVol: number;
    };
    const model = p.volPerSqrtDay ** 2 + p.jumpsPerDay * (p.jumpMean ** 2 + p.jumpVol ** 2);
    const window = sampleSd(r) ** 2;
    expect(model / window - 1).toBeGreaterThan(0);
    expect(model / window - 1).toBeLessThan(0.016);
    relClose(p.jumpVol, Math.sqrt(0.008579 - 0.0003418), 2e-4);
  });
});

describe('network and fee calibration by hand from the CSV rows', () => {
  const NETWORK_CASES: Case[] = [
    { coin: 'bitcoin', start: '2021-06-01', window: '1 year' },
    { coin: 'bitcoin', start: '2010-09-10', window: '1 year', covered: 54 },
    { coin: 'monero', start: '2018-01-01', window: '180 days' },
  ];

  // A growth reads at least 180 days of its window (growth.ts): the 54 of 2010 are refused.
  it.each(NETWORK_CASES.filter((c) => c.covered === undefined))(
    'compileMarket() growth on %o: expm1(365.25 x the least-squares slope of ln H)',
    async (c) => {
      const rows = rowsOf(c);
      const w = rowsBefore(rows, c.start, WINDOWS[c.window]);
      const y = rows.hashrate.slice(w.from, w.to).map(Math.log);
      const x = y.map((_, i) => i);
      const mx = mean(x);
      const my = mean(y);
      const slope =
        x.reduce((a, xi, i) => a + (xi - mx) * (y[i] - my), 0) / x.reduce((a, xi) => a + (xi - mx) ** 2, 0);
      const partial = c.covered === undefined ? {} : { partial: 'allowed' };
      const { market } = await compileMarketDraft(
        draftOf(c, { network: { model: { type: 'growth', calibrate: c.window, ...partial } } }),
      );
      // The centred and the raw-sums form of the slope differ by rounding only.
      expect(Math.abs((market.hashrate as { growthLogPerDay: number }).growthLogPerDay - slope)).toBeLessThan(
        1e-9 * Math.abs(slope) + 1e-15,
      );
      expect(assumption(market, 'Network model').value).toBe(
        `hashrate grows ${pct(Math.expm1(slope * YEAR))} a year`,
      );
    },
  );

  it.each(NETWORK_CASES)(
    'compileMarket() stochastic on %o: drift and volatility of the 7-day trailing mean hashrate',
    async (c) => {
      const rows = rowsOf(c);
      const w = rowsBefore(rows, c.start, WINDOWS[c.window]);
      // minesim's smoothed series starts at the window's 8th day (means of days 2-8, 3-9, ...).
      const smooth: number[] = [];
      for (let end = w.from + 7; end < w.to; end++) smooth.push(mean(rows.hashrate.slice(end - 6, end + 1)));
      const r = returnsOf(smooth, { from: 0, to: smooth.length });
      const partial = c.covered === undefined ? {} : { partial: 'allowed' };
      const { market } = await compileMarketDraft(
        draftOf(c, { network: { model: { type: 'stochastic', calibrate: c.window, ...partial } } }),
      );
      const h = market.hashrate as { growthLogPerDay: number; volPerSqrtDay: number };
      // Means of 7 summed in another order: rounding of a few 1e-16, over log changes of ~1e-2.
      expect(Math.abs(h.growthLogPerDay - mean(r))).toBeLessThan(1e-12);
      relClose(h.volPerSqrtDay, sampleSd(r), 1e-9);
      expect(assumption(market, 'Network model')).toEqual({
        label: 'Network model',
        // The drift is log growth, as the price models' lines say: beside a growth network's
        // 'grows 175.3 % per year' (simple; both fitted on the year to 2019-01-01) a bare
        // 'drift 99.1 %' read as 99 % a year where the median path grows e^0.991 - 1 = 169 %.
        value: `stochastic: drift ${pct(mean(r) * YEAR)} a year (log), volatility ${pct(sampleSd(r) * Math.sqrt(YEAR))} a year, reversion 0.0 % a year, price correlation 0`,
        // Before, the line had no note: a partial window (54 of 365 days) went unsaid.
        // With the calibrated drift's standard error (block-luck.ts), which it runs on every path.
        note: expect.stringMatching(
          new RegExp(
            `^${literal(`${windowNote(c)} (7-day mean hashrate)`)}; drift standard error \\d+\\.\\d % a year$`,
          ),
        ),
      });
    },
  );

  it.each([
    {
      coin: 'bitcoin',
      start: '2024-06-01',
      window: '90 days',
      // 2024-03-03 to 2024-05-31: 6,489.56 BTC of fees over 13,098 blocks = 0.4955 BTC a block,
      // 63,153.1 BTC issued, a share of 10.28 %: 0.3211 BTC a block at 3.125 BTC.
      across:
        ', across the halving at block 840,000: at the start’s subsidy the share gives 0.3211 BTC a block, where the window paid 0.4955',
    },
    { coin: 'bitcoin', start: '2010-08-21', window: '90 days', covered: 34 },
    // 2018-01-01 to 2018-12-31: 16,130.34784115 XMR of fees over 261,722 blocks; the rule gives
    // them 1,139,273.592281 XMR (python over the rows, each block's (2^64 - 1 - A) >> 19 in atomic
    // units from the chain's supply), where they issued 1,139,115.027150: a share of 1.4158450 %,
    // not 1.4160421 %.
    { coin: 'monero', start: '2019-01-01', window: '1 year', ruleIssued: 1_139_273.592280534 },
  ] as Case[])(
    'compileMarket() share-of-subsidy on %o: fees over issuance summed over the window',
    async (c) => {
      const rows = rowsOf(c);
      const w = rowsBefore(rows, c.start, WINDOWS[c.window]);
      let f = 0;
      let s = 0;
      for (let i = w.from; i < w.to; i++) {
        f += rows.fees[i];
        s += rows.issuance[i];
      }
      if (c.ruleIssued !== undefined) s = c.ruleIssued;
      const partial = c.covered === undefined ? {} : { partial: 'allowed' };
      const { market } = await compileMarketDraft(
        draftOf(c, { fees: { model: { type: 'share-of-subsidy', calibrate: c.window, ...partial } } }),
      );
      relClose((market.fees as { share: number }).share, f / s);
      expect(assumption(market, 'Fees')).toEqual({
        label: 'Fees',
        value: `${shareOf(f / s)} of the subsidy`,
        note: windowNote(c) + (c.across ?? ''),
      });
    },
  );

  it('compileMarket() share-of-subsidy on the day after the history says it carried the share 1 day (it said "1 days")', async () => {
    const { market } = await compileMarketDraft({
      start: '2025-11-15',
      price: { start: '94000 USD', model: { type: 'fixed' } },
      fees: { model: { type: 'share-of-subsidy', calibrate: '90 days' } },
    });
    expect(assumption(market, 'Fees').note).toBe(
      "the 90 days to 2025-11-14, the history's last day, carried forward 1 day",
    );
  });

  it("compileMarket() share-of-subsidy prints a given 0.75 % as 0.75 % (it printed 0.8 %, as the 2026 S21 fleet's assumptions did)", async () => {
    const { market } = await compileMarketDraft({
      fees: { model: { type: 'share-of-subsidy', share: '0.75 %' } },
    });
    expect(assumption(market, 'Fees')).toEqual({
      label: 'Fees',
      value: '0.75 % of the subsidy',
      note: 'given',
    });
  });
});

describe('a year of 365.25 days in every price model', () => {
  it('compileMarket() GARCH-t and GBM read a given 10 % drift and 70 % volatility as the same daily figures', async () => {
    const { market: garch } = await compileMarketDraft({
      price: {
        start: '3800 USD',
        model: { type: 'garch-t', drift: '10 %', volatility: '70 %', alpha: 0.1, beta: 0.85, nu: 4 },
      },
    });
    const { market: gbm } = await compileMarketDraft({
      price: { start: '3800 USD', model: { type: 'gbm', drift: '10 %', volatility: '70 %' } },
    });
    const g = garch.price as {
      driftPerDay: number;
      omega: number;
      alpha: number;
      beta: number;
      startVariance: number;
    };
    const b = gbm.price as { driftPerDay: number; volPerSqrtDay: number };
    // Before, GARCH-t took a year as 365 days: 0.1 / 365 a day and a variance 0.49 / 365.
    relClose(g.driftPerDay, 0.1 / YEAR);
    relClose(g.driftPerDay, b.driftPerDay);
    relClose(g.omega / (1 - g.alpha - g.beta), 0.49 / YEAR, 1e-12);
    relClose(g.omega / (1 - g.alpha - g.beta), b.volPerSqrtDay ** 2, 1e-12);
    expect(assumption(garch, 'Price volatility').value).toBe('70.0 % a year long-run, 70.0 % at the start');
  });
});

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
