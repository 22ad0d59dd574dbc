// The chain's state on the start date, inside the history and past its last day: heights, the
// difficulty epoch, supply, carried figures and their assumption lines, and the halving a run
// reaches after the data ends.

import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../src/data/dates.js';
import { type History, loadHistory } from '../../src/data/history.js';
import { compilePlan } from '../../src/engine/compile/compile.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { compileMarket } from '../../src/engine/compile/market-plan.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { subsidyBtc } from '../../src/model/bitcoin.js';
import { chainSeconds, lastBlockRate, supplyAtHeight } from '../../src/model/chain-clock.js';
import { chainState } from '../../src/model/chain-state.js';
import { baseRewardXmr } from '../../src/model/monero.js';
import { fillNetworkDays } from '../../src/model/network-day.js';
import { createNetworkDays } from '../../src/model/network-day-tables.js';
import { createNetworkState } from '../../src/model/network-state.js';
import { MARKET_CARRY_DAYS, missingStartState } from '../../src/model/start-carry.js';
import type { Scenario } from '../../src/scenario/normalize.js';
import { type Draft, scenarioOf } from '../fixtures/scenarios.js';

const btc = loadHistory('bitcoin');
const xmr = loadHistory('monero');
const noFees = () => 0;

const scenario = (draft: Draft): Promise<Scenario> => scenarioOf(draft, 'case.yaml');

/** A one-S21 Bitcoin scenario with every market figure explicit. */
function explicit(start: string, extra: Record<string, unknown> = {}) {
  return {
    name: 'today',
    start,
    horizon: '3 years',
    fleet: [{ hashrate: '200 TH/s', power: '3500 W', count: 1, unitPrice: '3400 USD' }],
    power: { price: '0.08 USD/kWh' },
    price: { start: '78600 USD', model: { type: 'fixed' } },
    network: { difficulty: '141.67 T', model: { type: 'growth', rate: '0 %' }, ...extra },
    fees: { model: { type: 'share-of-subsidy', share: '2 %' } },
    monteCarlo: { paths: 1 },
  };
}

describe('chainSeconds()', () => {
  it('chainSeconds() interpolates the time a height was reached within its day, and runs on past the last block', () => {
    // Three days of 100 blocks from height 1,000: height 1,050 was reached half-way through day 0.
    const h = {
      days: 3,
      height: Float64Array.of(1000, 1100, 1200),
      blocks: Float64Array.of(100, 100, 100),
    } as unknown as History;
    expect(chainSeconds(h, 1050, 600)).toBeCloseTo(0.5 * 86_400, 9);
    expect(chainSeconds(h, 1200, 600)).toBe(2 * 86_400);
    expect(chainSeconds(h, 1310, 600)).toBe(3 * 86_400 + 10 * 600);
    expect(Number.isNaN(chainSeconds(h, 900, 600))).toBe(true);
  });

  it('chainState() inside the history takes height, difficulty and price from the start day', () => {
    const i = btc.indexOf('2017-05-17');
    const s = chainState('bitcoin', btc, '2017-05-17', {}, noFees);
    expect(s.height).toBe(btc.height[i]);
    expect(s.difficulty).toBe(btc.difficulty[i]);
    expect(s.priceUsd).toBe(btc.priceUsd[i]);
    expect(s.epochStartHeight).toBe(465_696);
    // 1,047 blocks into the epoch on 2017-05-17, which began 6.9 days earlier by the daily counts.
    expect(s.epochElapsedS / 86_400).toBeCloseTo(6.905, 3);
    // Only the next halving has a line (test/network-notes/next-halving-inside.test.ts).
    expect(s.notes.map((n) => n.label)).toEqual(['Next halving']);
  });
});

describe('chainState() past the history', () => {
  const lastEnd = btc.height[btc.days - 1] + btc.blocks[btc.days - 1];

  it('chainState() carries height at the last block rate and difficulty and price from the last day, saying so', () => {
    const start = addDays(btc.lastDate, 10);
    const s = chainState('bitcoin', btc, start, {}, noFees);
    expect(s.height).toBeCloseTo(lastEnd + 9 * lastBlockRate(btc), 6);
    expect(s.difficulty).toBe(btc.difficulty[btc.days - 1]);
    expect(s.priceUsd).toBe(btc.priceUsd[btc.days - 1]);
    expect(s.priceSource).toContain(`carried forward from ${btc.lastDate}`);
    const labels = s.notes.map((n) => n.label);
    expect(labels).toEqual(['Block height', 'Start difficulty', 'Difficulty epoch', 'Next halving']);
    expect(s.notes[3].value).toBe('block 1,050,000');
  });

  it('chainState() dates the next halving on the day its block falls in, as the daily view does (day 809.67 is day 809)', () => {
    // 1,050,000 - 933,409 = 116,591 blocks at 144 a day: 809.66 days, so within the day dated
    // start + 809 (2028-04-10 from 2026-01-22), which the daily view and quote also name. It said
    // 2028-04-11, rounding the day up.
    const s = chainState(
      'bitcoin',
      btc,
      '2026-01-22',
      { height: 933_409, difficulty: 1.4167e14, priceUsd: 78_600 },
      noFees,
    );
    const note = s.notes.find((n) => n.label === 'Next halving');
    expect(note?.note).toContain(`about ${addDays('2026-01-22', 809)} at 144 blocks a day`);
    expect(addDays('2026-01-22', 809)).toBe('2028-04-10');
  });

  it('missingStartState() asks for difficulty and price past 31 days and for the height past 400', () => {
    expect(missingStartState(btc, addDays(btc.lastDate, MARKET_CARRY_DAYS), {})).toEqual([]);
    expect(
      missingStartState(btc, addDays(btc.lastDate, MARKET_CARRY_DAYS + 1), {}).map((m) => m.need),
    ).toEqual(['difficulty', 'price']);
    expect(
      missingStartState(btc, addDays(btc.lastDate, 401), { difficulty: 1e14, priceUsd: 1 }).map(
        (m) => m.need,
      ),
    ).toEqual(['height']);
    expect(missingStartState(btc, '2009-06-01', { hashrateHs: 1e6 }).map((m) => m.need)).toEqual([
      'height',
      'price',
    ]);
  });

  it('chainState() turns a hashprice and a price into the difficulty that gives that hashprice', () => {
    // 34.8 USD/PH/s/day at 78,600 USD, 3.125 BTC a block and 2 % fees.
    const hashprice = 34.8 / 1e15;
    const s = chainState(
      'bitcoin',
      btc,
      '2026-01-22',
      { hashpriceUsdPerHsDay: hashprice, priceUsd: 78_600 },
      (r) => 0.02 * r,
    );
    const back = (86_400 * 1e15 * 3.125 * 1.02 * 78_600) / (s.difficulty * 2 ** 32);
    expect(back).toBeCloseTo(34.8, 10);
    // The published 141.67 T with the same hashprice implies fees near zero and a price near 78,000 USD.
    expect(s.difficulty / 1e12).toBeCloseTo(144.8, 1);
  });

  it('supplyAtHeight() of Monero follows the emission rule block by block within a millionth', () => {
    const h0 = 2_000_000;
    const supply0 = 17_500_000;
    let supply = supply0;
    for (let h = h0; h < h0 + 50_000; h++) supply += baseRewardXmr(supply);
    expect(supplyAtHeight('monero', h0, supply0, h0 + 50_000) / supply).toBeCloseTo(1, 9);
    // Past the tail every block adds 0.6 XMR.
    expect(supplyAtHeight('monero', h0, 18.3e6, h0 + 1000) - 18.3e6).toBeCloseTo(600, 6);
  });

  it('chainState() carries the Monero supply so the base reward continues the history', () => {
    const s = chainState('monero', xmr, addDays(xmr.lastDate, 20), {}, noFees);
    const last = xmr.days - 1;
    const rewardThen = baseRewardXmr(xmr.supply[last]);
    const rewardNow = baseRewardXmr(s.supply);
    // 20 days of about 720 blocks shrink the reward by about (1 - 2^-19)^14,400, 2.7 %.
    expect(rewardNow / rewardThen).toBeCloseTo((1 - 2 ** -19) ** (20 * lastBlockRate(xmr)), 3);
  });
});

describe('a run that starts after the history', () => {
  it('compilePlan() of a 2026 start with explicit difficulty and price mines at the 3.125 BTC subsidy, not at height 0', async () => {
    const s = await scenario(explicit('2026-01-22'));
    const inputs = await loadCompileInputs(s);
    const plan = compilePlan(s, inputs);
    expect(plan.initial.height).toBeGreaterThan(930_000);
    expect(plan.initial.height).toBeLessThan(940_000);
    expect(subsidyBtc(plan.initial.height)).toBe(3.125);
    const lines = compileMarket(s, plan, inputs).assumptions.map((a) => a.label);
    expect(lines).toContain('Block height');
    expect(lines).toContain('Next halving');
  });

  it('the network of a 2026 start halves its subsidy when its own blocks reach 1,050,000', async () => {
    const s = await scenario(explicit('2026-01-22'));
    const plan = compilePlan(s, await loadCompileInputs(s));
    const days = plan.days;
    const hashrate = (plan.initial.difficulty * 2 ** 32) / 600;
    const path = {
      priceUsd: new Float64Array(days).fill(78_600),
      networkHashrateHs: new Float64Array(days).fill(hashrate),
      feesPerBlock: new Float64Array(days),
    };
    const out = createNetworkDays(days);
    fillNetworkDays(out, createNetworkState(), plan, path);
    const halvingDay = out.subsidy.findIndex((v) => v < 3.125);
    // Blocks on target: 144 a day from the carried height.
    const expected = (1_050_000 - plan.initial.height) / 144;
    expect(Math.abs(halvingDay - expected)).toBeLessThan(2);
    expect(out.subsidy[halvingDay + 1]).toBe(1.5625);
    expect(daysBetween('2026-01-22', addDays('2026-01-22', halvingDay)).valueOf()).toBe(halvingDay);
  });

  it('runMonteCarlo() past the history with the same explicit state as a start inside it gives the same answer', async () => {
    // The height at the end of the history's last day: a start after it is at least there (a
    // lower given height is refused), and a start inside may give it too.
    const height = btc.height[btc.days - 1] + btc.blocks[btc.days - 1];
    const inside = (
      await runMonteCarlo(await scenario(explicit('2025-11-10', { height })), { paths: 1, workers: 1 })
    ).summary;
    const past = (
      await runMonteCarlo(await scenario(explicit('2025-12-01', { height })), { paths: 1, workers: 1 })
    ).summary;
    expect(past.headline).toEqual(inside.headline);
  });

  it('runMonteCarlo() a day past the history, its height carried, is within a day of drift of the last day inside it', async () => {
    const last = (await runMonteCarlo(await scenario(explicit(btc.lastDate)), { paths: 1, workers: 1 }))
      .summary;
    const next = (
      await runMonteCarlo(await scenario(explicit(addDays(btc.lastDate, 1))), { paths: 1, workers: 1 })
    ).summary;
    const net = (x: typeof last) => x.headline.netAtHorizonUsd.quantiles.p50 ?? Number.NaN;
    // One S21 at 34.8 USD/PH/s/day grosses about 7 USD a day; the later start reaches the 2028
    // halving a day sooner, which costs about half a day's revenue.
    expect(Math.abs(net(last) - net(next))).toBeLessThan(7);
    expect(next.payback.never).toBe(last.payback.never);
  });
});

describe('partial calibration windows', () => {
  it('compileMarket() says how many days of a partial window it used', async () => {
    const s = await scenario(
      explicit('2026-01-22', { model: { type: 'growth', calibrate: '1 year', partial: 'allowed' } }),
    );
    const inputs = await loadCompileInputs(s);
    const lines = compileMarket(s, compilePlan(s, inputs), inputs).assumptions;
    const network = lines.find((a) => a.label === 'Network model');
    expect(network?.note).toBe(
      "log-linear fit over 297 of 365 days before the start, the last on 2025-11-14, the history's last day, 69 days before the start (partial window allowed); standard error of its log growth 17.4 % a year",
    );
  });
});
