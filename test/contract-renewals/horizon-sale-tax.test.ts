// The equity's net position at the horizon leaves out the resale of the machines still held, as the
// project's does (SALVAGE_NOTE), so it leaves out the tax on their sale too: the horizon's tax year
// values them as sold (README "Tax"), a tax the equity's NPV and IRR count beside their salvage.
// The machine of books-by-hand/hand-books.ts (2.6 USD a day, 2,000 USD on day 0, its resale 1,600
// USD at the horizon), 21 % tax on calendar years (ends on days 343, 708, 730), 100 % bonus
// depreciation, no loan: the equity is the project after tax.
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { DAYS, npvOf, scenario } from '../books-by-hand/hand-books.js';
import { scenarioOf } from '../fixtures/scenarios.js';

describe('the equity’s position at the horizon and the tax on the machines valued there, by hand', () => {
  it('runMonteCarlo() ends the position at -99.40 USD (731 x 2.6 - 2,000; no tax on the operation, its losses carried), not -414.53 with the 315.13 USD of tax on a sale it does not count', async () => {
    // 2026: 344 x 2.6 - 2,000 = -1,105.6, carried. 2027: 949, offset in full, 156.6 left. 2028's 22
    // days, 57.2, offset too; the machine valued at 1,600 over a basis of 0 is taxed: 21 % of
    // (57.2 + 1,600 - 156.6) = 315.126 USD, paid on day 730.
    const saleTax = 0.21 * (57.2 + 1600 - 156.6);
    expect(saleTax).toBeCloseTo(315.126, 9);
    const flows = new Array<number>(DAYS).fill(2.6);
    flows[0] -= 2000;
    flows[DAYS - 1] += 1600 - saleTax;
    const s = await scenarioOf(
      scenario(
        'finance: { tax: { rate: 21 %, depreciation: { method: bonus, bonus: 100 %, lifeYears: 5 } } }',
      ),
    );
    const { summary } = await runMonteCarlo(s, { paths: 1, workers: 1, breakEvenPaths: 0 });
    // The NPV counts the machine's salvage and the tax on it.
    expect(summary.headline.equityNpvUsd!.quantiles.p50).toBeCloseTo(npvOf(flows), 6);
    expect(summary.headline.afterTaxNpvUsd!.quantiles.p50).toBeCloseTo(npvOf(flows), 6);
    // The position, neither.
    const net = summary.timeline.equityNetUsd!.p50;
    expect(net[net.length - 1]).toBeCloseTo(731 * 2.6 - 2000, 6);
    // The project's own net position leaves the resale out and pays no tax: the same here.
    const project = summary.timeline.netUsd.p50;
    expect(project[project.length - 1]).toBeCloseTo(731 * 2.6 - 2000, 6);
  }, 60_000);
});
