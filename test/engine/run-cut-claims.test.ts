// A Monte Carlo run whose market replays the history stops where the history ends, as a back-test
// does (scenario/simulated-days.ts). A claim whose measure a contract still open there would move
// is then undecided, not passed or failed on the part of the contract the history saw
// (engine/run/claims-open-at-cut.ts); claims the cut cannot move stand.
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/data/dates.js';
import { loadHistory } from '../../src/data/history.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { scenarioOf } from '../fixtures/scenarios.js';

const LAST = loadHistory('bitcoin').lastDate;
const START = addDays(LAST, -183);

function scenarioText(finance: string, claims: string): string {
  return `
name: replay-cut
description: Random failures on the replayed market, past the history's end.
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
money: { discountRate: 10 % }
${finance}
claims:
  - P(npv > 0) >= 0.5
  - P(equity npv > 0) >= 0.5
  - P(hedges net >= 0 USD) >= 0.5
${claims}`;
}

const run = async (finance: string, claims = '') =>
  (
    await runMonteCarlo(await scenarioOf(scenarioText(finance, claims)), {
      paths: 16,
      workers: 1,
      breakEvenPaths: 0,
    })
  ).summary;

describe('claims of a run cut where the replayed history ends', () => {
  it('runMonteCarlo() leaves undecided the equity, hedge and default claims a swap and a covenant loan open at the cut would move, and keeps the project NPV claim', async () => {
    const summary = await run(
      `
finance:
  loans:
    - { name: machine loan, cohorts: [bought], loanToValue: 50 %, rate: 12 %, term: 23 months, marginCall: { loanToValue: 90 %, restoreTo: 70 % } }
  hedges:
    - { name: forward, type: price-swap, coins: 0.5, price: 100000 USD, term: 12 months }`,
      '  - P(default) <= 0.5',
    );
    expect(summary.scenario.cutAt).toBe(LAST);
    const [project, equity, hedges, defaulted] = summary.claims;
    expect(project.verdict).not.toBe('inconclusive');
    expect(project.openAtCut).toBeUndefined();
    // The swap (equity NPV: the swap and the loan repaid at the cut are counted as stated; the swap's
    // later months are not), the swap alone for the hedges' net, the covenant for a default.
    expect(equity).toMatchObject({ verdict: 'inconclusive', openAtCut: 1 });
    expect(hedges).toMatchObject({ verdict: 'inconclusive', openAtCut: 1 });
    expect(defaulted).toMatchObject({ verdict: 'inconclusive', openAtCut: 1 });
  }, 60_000);

  it('runMonteCarlo() decides every claim when nothing of the books runs past the cut', async () => {
    const summary = await run(`
finance:
  loans:
    - { name: short loan, cohorts: [bought], loanToValue: 50 %, rate: 12 %, term: 3 months }
  hedges:
    - { name: forward, type: price-swap, coins: 0.5, price: 100000 USD, term: 3 months }`);
    expect(summary.claims.every((c) => c.openAtCut === undefined)).toBe(true);
    expect(summary.claims.some((c) => c.verdict === 'inconclusive')).toBe(false);
  }, 60_000);
});
