// A Monte Carlo run cut where the replayed history ends, with a covenanted loan running past the
// cut: a margin call (or a default) that happened by the cut stays happened, whatever comes after,
// so the share of paths with one by the cut is a floor of the share over the horizon. A claim that
// floor already decides (P(margin call) < 10 % when every path had one by the cut) is decided; the
// others stay undecided, as before.
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/data/dates.js';
import { loadHistory } from '../../src/data/history.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { claimCoverage } from '../../src/report/coverage.js';
import { wilson } from '../../src/stats/shares.js';
import { scenarioOf } from '../fixtures/scenarios.js';

const LAST = loadHistory('bitcoin').lastDate;
const START = addDays(LAST, -183);

const text = `
name: replay-cut-margin
coin: bitcoin
start: ${START}
horizon: 2 years
fleet:
  - { name: bought, model: Antminer S21, count: 50, unitPrice: 3400 USD, failureRate: 5 %, uptime: 95 % }
power: { price: 0.045 USD/kWh }
network: { model: { type: historical } }
fees: { model: { type: historical } }
price: { model: { type: historical } }
operation: always-on
treasury: sell-daily
money: { discountRate: 10 %, salvage: { model: hashprice-linked, fraction: 80 % } }
finance:
  loans:
    - { name: machine loan, cohorts: [bought], loanToValue: 64 %, rate: 12 %, term: 23 months, repayment: bullet, marginCall: { loanToValue: 81 %, restoreTo: 60 % } }
claims:
  - P(margin call) < 10 %
  - P(margin call) >= 0.5
  - P(margin call) > 0.99
  - P(margin call) <= 0.99
`;

describe('claims on a margin call of a run cut with a covenant running past the cut', () => {
  it('runMonteCarlo() decides the claims the margin calls by the cut already decide, and leaves the others undecided', async () => {
    const { summary, outcomes } = await runMonteCarlo(await scenarioOf(text), {
      paths: 16,
      workers: 1,
      breakEvenPaths: 0,
    });
    expect(summary.scenario.cutAt).toBe(LAST);
    // Every one of the 16 paths had a margin call by the cut (the collateral, at 80 % of the
    // unit price times the hashprice's fall since the start, is worth less than the balance
    // over 80 %): the share over the horizon is at least 16 of 16 by the cut, whose Wilson
    // interval at n = 16 is [0.8064, 1]. Before, all four were inconclusive ("1 contract still
    // open at the cut would count after it"): `< 10 %` is refuted (0.8064 >= 0.1) and `>= 0.5`
    // supported (0.8064 >= 0.5) whatever comes after the cut; `> 0.99` and `<= 0.99` are not
    // decided by the floor (0.8064 < 0.99).
    const calls = Array.from(outcomes.marginCall).filter((v) => v === 1).length;
    expect(calls).toBe(16);
    const [low] = wilson(1, 16);
    expect(low).toBeCloseTo(0.8064, 4);
    const [under10, atLeastHalf, above99, atMost99] = summary.claims;
    expect(under10).toMatchObject({ share: 1, high: 1, verdict: 'refuted', openAtCut: 1 });
    expect(under10.low).toBeCloseTo(low, 9);
    expect(atLeastHalf).toMatchObject({ share: 1, high: 1, verdict: 'supported', openAtCut: 1 });
    expect(above99).toMatchObject({ verdict: 'inconclusive', openAtCut: 1 });
    expect(atMost99).toMatchObject({ verdict: 'inconclusive', openAtCut: 1 });
    // The words say the share is the floor, not "undecided", where the claim is decided.
    expect(claimCoverage(under10, 16)).not.toContain('undecided');
    expect(claimCoverage(above99, 16)).toContain('undecided');
  }, 60_000);
});
