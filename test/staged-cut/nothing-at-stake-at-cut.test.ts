// "Nothing at stake" (a position never below zero, counted as paid back on day 0) cannot be told by
// a run cut at the end of the history before the fleet's last purchase: that purchase, after the
// cut, may put the money at stake. A loan on the whole fleet (50 % of 40,000 USD, drawn with the
// first cohort) leaves the equity above zero to the cut on most paths, and the second cohort's
// 30,000 USD, paid on 2025-12-01 (day 334), after the cut at 2025-11-14, is not in the run.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { scenarioOf } from '../fixtures/scenarios.js';

const text = readFileSync(new URL('./after-cut.yaml', import.meta.url), 'utf8');

const loan = `finance:
  loans:
    - name: plain
      cohorts: [Antminer S21, second]
      loanToValue: 0.5
      rate: 0.1
      term: 12 months
claims:
  - P(equity payback <= 6 months) >= 0.5
`;

describe('nothing at stake in a run cut before the last purchase', () => {
  it('runMonteCarlo() counts no equity as paid back on day 0, and refutes `P(equity payback <= 6 months) >= 0.5`', async () => {
    const s = await scenarioOf(text.replace('claims:\n', loan), 'after-cut-loan.yaml');
    const { summary } = await runMonteCarlo(s, { paths: 40, workers: 1, breakEvenPaths: 0 });
    expect(summary.scenario.cutAt).toBe('2025-11-14');
    // Before: 39 of 40 paths "nothing at stake, paid back on day 0" (equityNothingAtStake 0.975),
    // the equity's median payback day 0, and the claim supported (0.975, 95 % 0.871-0.996) though
    // no payback can fall before day 334. Now: not paid back by the cut on every path; the claim's
    // share 0 of 40 (Wilson [0, 0.0876]), refuted, as the claims at a cut decide it.
    const h = summary.headline;
    expect(h.equityNothingAtStake?.p ?? 0).toBe(0);
    expect(h.equityNoPayback?.p).toBe(1);
    expect(h.equityPaybackDays?.quantiles.p50).toBeNull();
    const [claim] = summary.claims;
    expect(claim).toMatchObject({ share: 0, low: 0, verdict: 'refuted' });
    expect(claim.high).toBeCloseTo(0.0876, 3);
  });

  it('runMonteCarlo() of a fleet bought on one day, in the run, still counts nothing at stake as paid back on day 0', async () => {
    // The second cohort bought with the first, the loan at 100 % of the capex: the equity starts at
    // zero and its operation's cash keeps it there or above on most paths. No purchase after the
    // cut: nothing at stake is told, paid back on day 0, as before.
    const s = await scenarioOf(
      text
        .replace('    purchased: 2025-12-01\n', '')
        .replace('claims:\n', loan)
        .replace('loanToValue: 0.5', 'loanToValue: 1'),
      'one-day-loan.yaml',
    );
    const { summary } = await runMonteCarlo(s, { paths: 40, workers: 1, breakEvenPaths: 0 });
    expect(summary.headline.equityNothingAtStake?.p).toBeGreaterThan(0.5);
    expect(summary.headline.equityPaybackDays?.quantiles.p50).toBe(0);
  });

  it('runMonteCarlo() of a first cohort given away: the project is not "paid back on day 0" before a purchase after the cut', async () => {
    // The first ten S21s cost nothing: the project's position never falls below zero to the cut,
    // and the second cohort's 30,000 USD comes after it. Before: P(nothing at stake) 1.000, payback
    // p50 day 0, `payback > 6 months` and `payback > 1 year` refuted (share 0). Now: not paid back
    // by the cut; `payback > 6 months` supported (no payback can fall before day 334), `payback > 1
    // year` undecided (days 334-365 are after the cut).
    const s = await scenarioOf(text.replace('unitPrice: 1000 USD', 'unitPrice: 0 USD'), 'free-first.yaml');
    const { summary } = await runMonteCarlo(s, { paths: 40, workers: 1, breakEvenPaths: 0 });
    expect(summary.headline.nothingAtStake?.p ?? 0).toBe(0);
    expect(summary.headline.noPayback.p).toBe(1);
    expect(summary.headline.paybackDays.quantiles.p50).toBeNull();
    const [six, year] = summary.claims;
    expect(six).toMatchObject({ share: 1, verdict: 'supported' });
    expect(year).toMatchObject({ verdict: 'inconclusive' });
  });
});
