// An analyst's question: over what tariff does the S21 fleet bought today stop paying back within
// its two years (hand-today.ts: its market held, so each tariff has one outcome)? `minesim sweep
// --vary power.price=0..0.06:7`, one path a point, against the hand computation: each day's
// profit is the machines' revenue less 84 kWh a machine at the tariff, the NPV at 10 % a year
// counts the resale at the horizon (80 % of 3,400 USD at the hashprice then over the start's), and
// the fleet pays back within the horizon exactly where its net at the horizon is at or above zero
// (every day's profit is positive below 0.0545 USD/kWh, the halved subsidy's break-even): at or below
// (revenue - capex) / kWh = 0.02393 USD/kWh. With one outcome a point, P(payback <= 2 years) is 1 or
// 0 at each tariff, so it never equals 0.5 between two of them: it steps from 1 at 0.02 to 0 at
// 0.03. The sweep printed "P(payback <= 2 years) = 0.5 at power.price = 0.025 USD/kWh", a tariff
// at which the fleet does not pay back, as if a share of paths did; it now says where the step lies.
// Then the same fleet at 1,000 USD a machine and BTC at 150,000 USD, switched off on days that lose
// money: its break-even tariff is past the halved subsidy's (0.0743 USD/kWh), so the days after the
// halving are off there, and the tariff that zeroes the net is (500 days' revenue - capex) / 500
// days' kWh = 0.1187 USD/kWh, not the 0.1046 USD/kWh of the machines run throughout.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli, npvOf, useScratchFolder } from '../analyst-questions-2/hand.js';
import { CAPEX, DAYS, fleetProfit, KW, machineRevenue, salvage, todayFile, UNITS } from './hand-today.js';

const scratch = useScratchFolder({ charts: false });

const TARIFFS = [0, 0.01, 0.02, 0.03, 0.04, 0.05, 0.06];
const kwh = UNITS * KW * 24 * DAYS;
const revenue = Array.from({ length: DAYS }, (_, d) => UNITS * machineRevenue(d)).reduce((s, r) => s + r, 0);

/** The project's daily flows at `tariff`, capex on day 0 and the resale on the last day. */
function flows(tariff: number): number[] {
  const f = Array.from({ length: DAYS }, (_, d) => fleetProfit(d, tariff));
  f[0] -= CAPEX;
  f[DAYS - 1] += salvage();
  return f;
}

/** The first day the running sum without the resale is back at zero, or null. */
function payback(tariff: number): number | null {
  let sum = -CAPEX;
  for (let d = 0; d < DAYS; d++) {
    sum += fleetProfit(d, tariff);
    if (sum >= 0) return d;
  }
  return null;
}

describe('a sweep over the tariff of a fleet bought today, one outcome a point', { timeout: 120_000 }, () => {
  it('minesim sweep: each point’s payback day and NPV agree with the hand computation, and the payback boundary is the step between 0.02 and 0.03 USD/kWh, not a share of 0.5', async () => {
    const breakEven = (revenue - CAPEX) / kwh;
    expect(breakEven).toBeCloseTo(0.02393, 5);
    const file = todayFile(scratch, 'today-sweep', 0.06);
    const out = await cli(
      'sweep',
      file,
      '--vary',
      'power.price=0..0.06:7',
      '--paths',
      '1',
      '--out',
      `${file}-sweep`,
    );
    expect(out.code).toBe(0);
    const sweep = JSON.parse(readFileSync(`${file}-sweep/sweep.json`, 'utf8'));
    sweep.points.forEach(
      (
        p: {
          values: Record<string, number>;
          medianPaybackDays: number | null;
          medianNpvUsd: number;
          paybackWithin2y: { p: number };
        },
        i: number,
      ) => {
        const t = TARIFFS[i];
        expect(p.values['power.price']).toBe(t);
        expect(p.medianPaybackDays).toBe(payback(t));
        expect(p.paybackWithin2y.p).toBe(t <= breakEven ? 1 : 0);
        expect(p.medianNpvUsd).toBeCloseTo(npvOf(flows(t), 0.1), 2);
      },
    );
    expect(out.stdout).not.toMatch(/= 0\.5 at power\.price = 0\.025/);
    expect(out.stdout).toMatch(
      /P\(payback <= 2 years\) steps from 1 to 0 between power\.price = 0\.02 USD\/kWh and 0\.03 USD\/kWh/,
    );
    const chart = readFileSync(`${file}-sweep/charts/sweep-payback-2y.vl.json`, 'utf8');
    expect(chart).toMatch(/midway between the points where P\(payback ≤ 2 years\) steps between 0 and 1/);
    expect(chart).toMatch(/0\.02 USD\/kWh to 0\.03 USD\/kWh/);
    expect(sweep.boundary.crossings).toEqual([
      { 'power.price': 0.025, ordinal: 0, step: { from: 0.02, to: 0.03 } },
    ]);
  });
});
