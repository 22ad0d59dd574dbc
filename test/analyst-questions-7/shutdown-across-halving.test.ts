// An analyst's question: the S21s bought today (hand-today.ts), but at 1,000 USD a machine (with
// the 21.6 % tariff, 1,216 USD) and BTC held at 150,000 USD, switched off on days that lose money
// (`operation: shutdown-when-unprofitable`): what tariff zeroes the net at the horizon, across the
// halving on day 500? By hand: a machine makes 12.40 USD a day before the halving and 6.24 after,
// so it runs after it only below 6.24 / 84 kWh = 0.0743 USD/kWh. Run throughout, the net is zero
// at (revenue - capex) / kWh = 0.1046 USD/kWh, but that is above 0.0743: there the rule switches
// the days after the halving off, and the net is zero at (500 days' revenue - capex) / 500 days'
// kWh = 0.1187 USD/kWh. The break-even price at 0.06 USD/kWh: the machines run before the halving
// above 60,966 USD and after it above 121,164 USD, so at the price that zeroes the net they run
// the first 500 days only: 500 x (12.40 x p / 150,000 - 5.04) = 1,216, p = 90,385 USD.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RunSummary } from '../../src/stats/summary.js';
import { cli, useScratchFolder } from '../analyst-questions-2/hand.js';
import { DAYS, KW, machineRevenue, todayFile, UNITS } from './hand-today.js';

const scratch = useScratchFolder({ charts: false });

const kwh = UNITS * KW * 24 * DAYS;

describe('break-even tariff and price under the shutdown rule across a halving', { timeout: 60_000 }, () => {
  it('minesim run, the shutdown rule across the halving: the break-even tariff and price count the days after the halving switched off', async () => {
    const file = todayFile(scratch, 'today-shutdown', 0.06);
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace('unitPrice: 3400 USD', 'unitPrice: 1000 USD')
        .replace('start: 110000 USD', 'start: 150000 USD')
        .replace('costs: { poolFee: 2 % }', 'costs: { poolFee: 2 % }\noperation: shutdown-when-unprofitable'),
    );
    const out = await cli('run', file, '--out', `${file}-out`, '--json');
    expect(out.code).toBe(0);
    const h = (JSON.parse(out.stdout) as RunSummary).headline;
    const scale = 150_000 / 110_000;
    const capex = UNITS * 1000 * 1.216;
    const pre = UNITS * machineRevenue(0) * scale * 500;
    const after = UNITS * machineRevenue(600) * scale;
    // Off after the halving from (its revenue a day) / (84 kWh a machine) on.
    expect(after / (UNITS * KW * 24)).toBeCloseTo(0.07428, 5);
    const throughout = (pre + after * 231 - capex) / kwh;
    const switchedOff = (pre - capex) / (UNITS * KW * 24 * 500);
    expect(throughout).toBeCloseTo(0.1046, 4);
    expect(switchedOff).toBeCloseTo(0.1187, 4);
    expect(h.breakEvenTariffUsdPerKwh!.quantiles.p50).toBeCloseTo(switchedOff, 6);
    // The price at 0.06 USD/kWh: the first 500 days on, the rest off.
    const perMachine = machineRevenue(0) / 110_000; // USD a day per USD of coin price
    const price = (500 * KW * 24 * 0.06 + 1216) / (500 * perMachine);
    expect(price * perMachine).toBeGreaterThan(KW * 24 * 0.06);
    expect((price * perMachine * 1.5825) / 3.145).toBeLessThan(KW * 24 * 0.06);
    expect(h.breakEvenPriceUsd!.quantiles.p50).toBeCloseTo(price, 2);
    expect(Math.round(price)).toBe(90_385);
  });
});
