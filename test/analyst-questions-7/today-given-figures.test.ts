// An analyst's question today (2026-12-07, 388 days past the shipped history): 100 S21s at
// 3,400 USD plus the 21.6 % tariff, 0.06 USD/kWh, on the figures the analyst gives (hand-today.ts:
// block 978,000, difficulty 150 T at the hashrate that finds 144 blocks a day, BTC 110,000 USD
// and 0.02 BTC of fees a block, all held). Is every printed number traceable to those inputs, does
// `minesim quote` for one machine on the same figures say what the run's daily view says, and does
// minesim refuse, rather than guess, the figures it cannot carry 388 days? By hand: a machine's
// day is 200e12 x 86,400 / (150e12 x 2^32) = 0.02682 blocks, at 3.145 BTC and 2 % pool fee
// 8.267e-5 BTC, 9.094 USD, less 3.5 kW x 24 h x 0.06 = 5.04 USD of power: 4.054 USD; the break-even
// hashprice is the power over the pool's 98 % (25.2 / 0.98 = 25.71 USD/PH/s/day), the break-even
// price 110,000 x 5.04 / 9.094 = 60,966 USD, and 4,134.4 USD of capex over 4.054 a day 1,019.95 days.
// The halving (block 1,050,000) comes on day 500, after which a machine makes 9.094 x 1.5825 /
// 3.145 - 5.04 = -0.464 USD a day: never paid back. Over the 731 days the fleet mines 20 PH/s over
// 1,073.74 EH/s of 72,000 blocks at 3.145 BTC and 33,264 at 1.5825, after the pool fee: 5.0943 BTC.
import { describe, expect, it } from 'vitest';
import type { RunSummary } from '../../src/stats/summary.js';
import { cli, useScratchFolder } from '../analyst-questions-2/hand.js';
import {
  CAPEX,
  DAYS,
  HALVING_DAY,
  KW,
  machineCoins,
  machineRevenue,
  todayFile,
  UNITS,
} from './hand-today.js';

const scratch = useScratchFolder({ charts: false });

const TARIFF = 0.06;
const POWER = KW * 24 * TARIFF;
const coins = Array.from({ length: DAYS }, (_, d) => UNITS * machineCoins(d)).reduce((s, c) => s + c, 0);
const revenue = Array.from({ length: DAYS }, (_, d) => UNITS * machineRevenue(d)).reduce((s, c) => s + c, 0);
const kwh = UNITS * KW * 24 * DAYS;

describe('a fleet bought today on the analyst’s figures: the run, the quote and the refusals', {
  timeout: 60_000,
}, () => {
  it('the hand figures', () => {
    expect(HALVING_DAY).toBe(500);
    expect(machineRevenue(0)).toBeCloseTo(9.0935, 4);
    expect(coins).toBeCloseTo(5.0943, 4);
  });

  it('minesim run, one path: the daily view, the coins, the net, and the break-even tariff and price agree with the hand computation', async () => {
    const file = todayFile(scratch, 'today-given', TARIFF);
    const out = await cli('run', file, '--out', `${file}-out`, '--json');
    expect(out.code).toBe(0);
    const s = JSON.parse(out.stdout) as RunSummary;
    const c = s.dailyView!.cohorts[0];
    expect(c.revenueUsd).toBeCloseTo(machineRevenue(0), 9);
    expect(c.powerUsd).toBeCloseTo(POWER, 9);
    expect(c.profitUsd).toBeCloseTo(machineRevenue(0) - POWER, 9);
    expect(c.breakEvenHashpriceUsd).toBeCloseTo((0.024 * 17.5 * TARIFF * 1000) / 0.98, 9);
    expect(c.breakEvenPriceUsd).toBeCloseTo((110_000 * POWER) / machineRevenue(0), 6);
    const h = s.headline;
    expect(h.coinsMined.quantiles.p50).toBeCloseTo(coins, 9);
    expect(h.netAtHorizonUsd.quantiles.p50).toBeCloseTo(revenue - CAPEX - kwh * TARIFF, 4);
    expect(h.breakEvenTariffUsdPerKwh!.quantiles.p50).toBeCloseTo((revenue - CAPEX) / kwh, 6);
    expect(h.breakEvenPriceUsd!.quantiles.p50).toBeCloseTo((CAPEX + kwh * TARIFF) / coins, 1);
    expect(h.paybackDays.quantiles.p50).toBeNull();
  });

  it('minesim quote on the same figures says what the run’s daily view says, and dates the halving on day 500', async () => {
    const out = await cli(
      'quote',
      '--machine',
      'Antminer S21',
      '--tariff',
      String(TARIFF),
      '--date',
      '2026-12-07',
      '--difficulty',
      '150T',
      '--price',
      '110000',
      '--fees',
      '0.02',
      '--height',
      '978000',
      '--pool-fee',
      '2%',
      '--unit-price',
      String(CAPEX / UNITS),
      '--json',
    );
    expect(out.code).toBe(0);
    const q = JSON.parse(out.stdout);
    expect(q.day.revenueUsd).toBeCloseTo(machineRevenue(0), 9);
    expect(q.day.profitUsd).toBeCloseTo(machineRevenue(0) - POWER, 9);
    expect(q.day.profitUsdPerUnitHashrate).toBeCloseTo((machineRevenue(0) - POWER) / 200, 9);
    expect(q.day.breakEvenHashpriceUsd).toBeCloseTo(25.2 / 0.98, 9);
    expect(q.day.paybackDays).toBeCloseTo(CAPEX / UNITS / (machineRevenue(0) - POWER), 6);
    expect(q.halving.day).toBe(500);
    expect(q.halving.date).toBe('2028-04-20');
    expect(q.halving.profitAfterUsd).toBeCloseTo(machineRevenue(HALVING_DAY) - POWER, 9);
    expect(q.halving.paybackDays).toBeNull();
  });

  it('minesim refuses, naming the key to give, a price or fee level it would have to carry 388 days', async () => {
    const noPrice = todayFile(scratch, 'today-no-price', TARIFF);
    const { readFileSync, writeFileSync } = await import('node:fs');
    writeFileSync(noPrice, readFileSync(noPrice, 'utf8').replace('start: 110000 USD, ', ''));
    const a = await cli('validate', noPrice);
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(
      /price\.start: the start 2026-12-07 is 388 days after the bitcoin history ends \(2025-11-14\)/,
    );
    const noFees = todayFile(scratch, 'today-no-fees', TARIFF);
    writeFileSync(noFees, readFileSync(noFees, 'utf8').replace(/^fees:.*\n/m, ''));
    const b = await cli('validate', noFees);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/fees\.model\.share: the start 2026-12-07 is 388 days after/);
  });
});
