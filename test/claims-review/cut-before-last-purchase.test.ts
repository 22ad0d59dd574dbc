// A run cut at the end of the history (2025-11-14) before its fleet's last purchase: a payback is
// looked for on or after the last purchase (engine/compile/plan.ts paybackFromDay), so no path can
// pay back before that day, and a claim on a payback time before it is decided by the cut run.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import type { Scenario } from '../../src/scenario/normalize.js';
import { paybackSeenDays } from '../../src/scenario/payback-horizon.js';
import { scenarioOf } from '../fixtures/scenarios.js';

const text = readFileSync(new URL('./cut-staged.yaml', import.meta.url), 'utf8');

describe('claims on a payback time of a run cut before its last purchase', () => {
  let s: Scenario;
  beforeAll(async () => {
    s = await scenarioOf(text, 'cut-staged.yaml');
  });

  it('runMonteCarlo() refutes `P(payback <= 6 months) >= 0.5` and supports `payback > 6 months`: every path pays back on day 197 or later', async () => {
    // Start 2025-05-31, history to 2025-11-14: days 0 to 167 simulated (168 days). The second
    // cohort is bought on 2025-12-14, day 197. 6 months = 182.625 days < 197: no path can pay back
    // within 6 months, whatever it does after the cut. Share of `payback <= 6 months`: 0 of 200
    // paths, Wilson at n = 200: [0, 0.01883]; `payback > 6 months`: 1, [0.98117, 1]. Before, both
    // were inconclusive with the interval [0, 1] ("no path paid back before the run was cut short").
    const run = await runMonteCarlo(
      { ...s, monteCarlo: { ...s.monteCarlo, paths: 200 } },
      { paths: 200, workers: 1, breakEvenPaths: 0 },
    );
    const [within, later, past] = run.summary.claims;
    expect(within).toMatchObject({ share: 0, low: 0, verdict: 'refuted' });
    expect(within.paths).toBeUndefined();
    expect(within.high).toBeCloseTo(0.01883, 4);
    expect(later).toMatchObject({ share: 1, high: 1, verdict: 'supported' });
    expect(later.low).toBeCloseTo(0.98117, 4);
    // 1 year (365.25 days) is past the last purchase and the cut: a path may pay back on days
    // 197-365 after the cut, or not: undecided, as before.
    expect(past).toMatchObject({ verdict: 'inconclusive', paths: 0 });
  });

  it('runMonteCarlo() refutes `P(equity payback <= 6 months) >= 0.5` with a loan without a covenant: the equity pays back on or after the last purchase too', async () => {
    // The same run with a 12-month loan at 50 % of the first cohort's capex and no margin call:
    // no lease leaves a cohort out of the equity's money and no default can move its payback
    // earlier, so the equity's payback is looked for from day 197 as the project's is. Share 0 of
    // 200 paths, Wilson [0, 0.01883]: refuted. Before: inconclusive, 0-1.
    const loan = {
      name: 'plain',
      cohorts: ['Antminer S21'],
      loanToValue: 0.5,
      rate: 0.1,
      term: '12 months',
    };
    const text2 = text
      .replace('claims:', `finance:\n  loans:\n    - ${JSON.stringify(loan)}\nclaims:`)
      .replace('  - payback > 1 year', '  - P(equity payback <= 6 months) >= 0.5');
    const s2 = await scenarioOf(text2, 'cut-staged-loan.yaml');
    const run = await runMonteCarlo(s2, { paths: 200, workers: 1, breakEvenPaths: 0 });
    const equity = run.summary.claims[2];
    expect(equity).toMatchObject({ share: 0, low: 0, verdict: 'refuted' });
    expect(equity.high).toBeCloseTo(0.01883, 4);
  });

  it('paybackSeenDays() of the cut run reaches just short of the last purchase (day 197), not the cut (168 days)', () => {
    const seen = paybackSeenDays(s, 168);
    expect(seen).toBeLessThan(197);
    expect(seen).toBeGreaterThan(196.999);
  });
});
