// A back-test whose horizon runs past the shipped history's last day (data/btc-daily.csv) stops
// there, at the cut. Its books then: a price swap and a bought call that settle after the cut, a
// loan and a lease that run past it. Each figure is worked out here from the scenario's terms and
// the shipped history up to the cut, not from minesim's code: the swap's months that end by the
// cut settle 1 BTC x (100,000 USD - the month's average price), the call's premium (2 x 3,000 USD)
// is paid on the start, nothing else of either; the loan's balance after its payments before the
// cut is the annuity's; the lease is bought out at the cut for its payments left and residual.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headlineTable } from '../../src/cli/headline.js';
import { addDays, daysBetween } from '../../src/data/dates.js';
import { runBacktest } from '../../src/engine/backtest/backtest.js';
import { backtestSummary } from '../../src/engine/backtest/backtest-summary.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { METRIC } from '../../src/engine/kernel/metrics.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { backtestMessages } from '../../src/messages/backtest.js';
import { loanSchedule } from '../../src/model/finance/loan.js';
import { headlineTables } from '../../src/report/headline.js';
import { scenarioOf } from '../fixtures/scenarios.js';

const MONTH_DAYS = 365.25 / 12;

/** The shipped history's closing prices by date, and its last date. */
function history(): { price: Map<string, number>; last: string } {
  const [head, ...lines] = readFileSync(new URL('../../data/btc-daily.csv', import.meta.url), 'utf8')
    .trim()
    .split('\n');
  const column = head.split(',').indexOf('price_usd');
  const price = new Map<string, number>();
  for (const line of lines) {
    const cells = line.split(',');
    price.set(cells[0], Number(cells[column]));
  }
  return { price, last: lines.at(-1)!.split(',')[0] };
}

const { price, last: LAST } = history();
/** About six months before the history ends, with a 2-year horizon: cut about 18 months short. */
const START = addDays(LAST, -183);
const EXPIRY = addDays(START, 300);

function scenarioText(opts: { books?: boolean; residual?: number } = {}): string {
  const books = `
finance:
  loans:
    - { name: machine loan, cohorts: [bought], loanToValue: 60 %, rate: 12 %, term: 23 months }
  leases:
    - { cohort: leased, payment: 8000 USD/month, term: 12 months, residual: ${opts.residual ?? 30000} USD }
  hedges:
    - { name: price forward, type: price-swap, coins: 1, price: 100000 USD, term: 12 months }
    - { name: call bought, type: call, coins: 2, strike: 120000 USD, premium: 3000 USD, expiry: ${EXPIRY} }
claims:
  - P(npv > 0) >= 0.5
  - P(equity npv > 0) >= 0.5
  - P(hedges net >= 0 USD) >= 0.5
`;
  return `
name: cut-books
description: A fleet replayed past the end of the shipped history.
coin: bitcoin
start: ${START}
horizon: 2 years
fleet:
  - { name: bought, model: Antminer S21, count: 50, unitPrice: 3400 USD, failureRate: 5 %, uptime: 95 % }
  - { name: leased, model: Antminer S21, count: 50, unitPrice: 3400 USD, failureRate: 5 %, uptime: 95 % }
power: { price: 0.045 USD/kWh }
costs: { poolFee: 2 % }
operation: shutdown-when-unprofitable
treasury: sell-daily
money: { discountRate: 10 % }
${opts.books === false ? 'claims: [P(npv > 0) >= 0.5]' : books}`;
}

async function backtestOf(text: string) {
  const s = await scenarioOf(text);
  const b = runBacktest(s, await loadCompileInputs(s));
  return { s, b, summary: backtestSummary(s, b) };
}

describe('a back-test cut at the end of the shipped history', () => {
  it('runBacktest() counts the swap months and the call premium up to the cut, as the shipped history says, and nothing after it', async () => {
    const { b } = await backtestOf(scenarioText());
    const days = daysBetween(START, LAST) + 1;
    expect(b.cutAt).toBe(LAST);
    expect(b.plan.days).toBe(days);
    let swap = 0;
    for (let k = 1; k <= 12; k++) {
      const from = Math.round((k - 1) * MONTH_DAYS);
      const to = Math.round(k * MONTH_DAYS);
      if (to - 1 > days - 1) break;
      let sum = 0;
      for (let d = from; d < to; d++) sum += price.get(addDays(START, d))!;
      swap += 1 * (100_000 - sum / (to - from));
    }
    expect(b.metrics[METRIC.hedgeNetUsd]).toBeCloseTo(swap - 2 * 3000, 6);
  });

  it('backtestSummary() lists the swap, the call, the loan and the lease open at the cut, with what is counted of each', async () => {
    const { summary } = await backtestOf(scenarioText());
    const days = daysBetween(START, LAST) + 1;
    const swapSettled = Array.from({ length: 12 }, (_, k) => Math.round((k + 1) * MONTH_DAYS) - 1).filter(
      (d) => d <= days - 1,
    ).length;
    const loanPaid = Array.from({ length: 23 }, (_, k) => Math.round((k + 1) * MONTH_DAYS)).filter(
      (d) => d < days,
    ).length;
    const leasePaid = Array.from({ length: 12 }, (_, k) => Math.round((k + 1) * MONTH_DAYS)).filter(
      (d) => d < days,
    ).length;
    const balance = loanSchedule(0.6 * 50 * 3400, 0.12, 23, true)[loanPaid - 1].balance;
    expect(summary.scenario.cutAt).toBe(LAST);
    expect(summary.actual?.cutAt).toBe(LAST);
    const items = summary.actual?.booksAtCut ?? [];
    expect(items.map((i) => [i.kind, i.name, i.counted])).toEqual([
      ['price-swap', 'price forward', 'not-counted'],
      ['call', 'call bought', 'not-counted'],
      ['loan', 'machine loan', 'repaid-at-cut'],
      ['lease', 'leased', 'bought-out-at-cut'],
    ]);
    expect(items[0].settlementsLeft).toBe(12 - swapSettled);
    expect(items[0].lastSettlement).toBe(addDays(START, Math.round(12 * MONTH_DAYS) - 1));
    expect(items[1]).toMatchObject({ settlementsLeft: 1, lastSettlement: EXPIRY });
    expect(items[2].paymentsLeft).toBe(23 - loanPaid);
    expect(items[2].amountUsd).toBeCloseTo(balance, 6);
    expect(items[3].paymentsLeft).toBe(12 - leasePaid);
    expect(items[3].amountUsd).toBeCloseTo((12 - leasePaid) * 8000 + 30_000, 6);
  });

  it("runBacktest() repays a loan open at the cut with the interest accrued since its last payment: its interest is the schedule's to the cut", async () => {
    const { b } = await backtestOf(scenarioText());
    const last = b.plan.days - 1;
    const principal = 0.6 * 50 * 3400;
    const rows = loanSchedule(principal, 0.12, 23, true);
    const paid = rows.filter((_, k) => Math.round((k + 1) * MONTH_DAYS) <= last);
    let interest = paid.reduce((sum, row) => sum + row.interest, 0);
    // The interest of the days from the last payment to the cut, the cut's own day included: the
    // history ends as its last day does (one day short of it, 25.49 USD less).
    const since = Math.round(paid.length * MONTH_DAYS);
    interest += (paid.at(-1)!.balance * 0.01 * (last + 1 - since)) / MONTH_DAYS;
    expect(b.metrics[METRIC.interestPaidUsd]).toBeCloseTo(interest, 6);
  });

  it('runBacktest() pays a lease open at the cut out of the equity there: its residual moves the equity NPV by its value discounted to the cut', async () => {
    const base = (await backtestOf(scenarioText())).b;
    const dearer = (await backtestOf(scenarioText({ residual: 31_000 }))).b;
    const last = base.plan.days - 1;
    expect(dearer.metrics[METRIC.equityNpvUsd] - base.metrics[METRIC.equityNpvUsd]).toBeCloseTo(
      -1000 * 1.1 ** (-last / 365.25),
      6,
    );
    // The project, which buys the machines with cash, has no lease.
    expect(dearer.metrics[METRIC.npvUsd]).toBe(base.metrics[METRIC.npvUsd]);
  });

  it('headlineTable() says how many hedges are open at the cut and what is done with the loan and the lease', async () => {
    const { summary } = await backtestOf(scenarioText());
    const text = headlineTable(summary);
    expect(text).toContain(backtestMessages.booksAtCut(LAST));
    expect(text).toContain(backtestMessages.hedgesOpenAtCut(2, LAST));
    expect(text).toContain(
      `2 hedges open at the cut (history ends ${LAST}): their later settlements are not counted`,
    );
    expect(text).toContain(`call bought: ${backtestMessages.optionOpen('call', EXPIRY)}`);
    expect(text).toContain('machine loan: its balance of');
    expect(text).toContain('lease of leased: bought out at the cut: its 6 payments left');
    const table = headlineTables(summary).find((t) => t.title === 'Back-test: the books at the cut');
    expect(table?.rows.map((r) => r[0])).toEqual(['price forward', 'call bought', 'machine loan', 'leased']);
    expect(table?.note).toContain(backtestMessages.hedgesOpenAtCut(2, LAST));
  });

  it('backtestSummary() leaves a claim on the equity or the hedges undecided with hedges open at the cut, and the project claim decided', async () => {
    const { summary } = await backtestOf(scenarioText());
    const [project, equity, hedges] = summary.claims;
    expect(project.openAtCut).toBeUndefined();
    expect(project.verdict).not.toBe('inconclusive');
    expect(equity).toMatchObject({ verdict: 'inconclusive', openAtCut: 2 });
    expect(hedges).toMatchObject({ verdict: 'inconclusive', openAtCut: 2 });
    const text = headlineTable(summary);
    expect(text).toContain(`claim: P(equity npv > 0) >= 0.5${backtestMessages.claimOpenAtCut(2)}`);
  });

  it("runMonteCarlo() carries the back-test's cut and its open contracts, and its headline says the actual equity runs to the cut", async () => {
    const s = await scenarioOf(scenarioText());
    const { summary } = await runMonteCarlo(s, { paths: 2, workers: 1, breakEvenPaths: 0 });
    expect(summary.scenario.cutAt).toBeUndefined();
    expect(summary.actual?.cutAt).toBe(LAST);
    expect(summary.actual?.booksAtCut?.map((i) => i.name)).toEqual([
      'price forward',
      'call bought',
      'machine loan',
      'leased',
    ]);
    const text = headlineTable(summary);
    expect(text).toContain(`actual equity (history to ${LAST})`);
    expect(text).toContain(backtestMessages.hedgesOpenAtCut(2, LAST));
  });

  it('backtestSummary() of a cut back-test with no books adds nothing: no cut facts in `actual`, no lines in the headline', async () => {
    const { summary } = await backtestOf(scenarioText({ books: false }));
    expect(summary.scenario.cutAt).toBe(LAST);
    expect(Object.keys(summary.actual ?? {}).sort()).toEqual(
      ['dates', 'difficulty', 'netUsd', 'paybackDate', 'paybackDay', 'priceUsd'].sort(),
    );
    expect(summary.claims[0].openAtCut).toBeUndefined();
    const text = headlineTable(summary);
    expect(text).not.toContain(backtestMessages.booksAtCut(LAST));
    expect(text).not.toContain('open at the cut');
    expect(headlineTables(summary).map((t) => t.title)).not.toContain('Back-test: the books at the cut');
  });

  it('headlineTable() of a cut back-test gives its net position at the cut and a payback not reached by it, not at the horizon a year and a half later', async () => {
    const { summary } = await backtestOf(scenarioText());
    expect(summary.headline.paybackDays.quantiles.p50).toBeNull();
    expect(summary.headline.equityPaybackDays?.quantiles.p50).toBeNull();
    const text = headlineTable(summary);
    expect(text).toContain(backtestMessages.netAtCut(LAST));
    expect(text).not.toContain('net position at horizon');
    expect(text).not.toContain('none within the horizon');
    const row = (label: string) =>
      text
        .split('\n')
        .find((line) => line.trim().startsWith(label))
        ?.trim()
        .slice(label.length)
        .trim();
    expect(row('payback (actual history)')).toBe(backtestMessages.noPaybackByCut(LAST));
    // The equity's payback counts from the lease's buyout, due 12 months on (day 365), after the
    // cut: not decidable by it (the buyout at the cut pays for the machines, but the rule's day is
    // past the history).
    expect(row('equity payback')).toBe(backtestMessages.equityUndecidedAtCut(LAST, addDays(START, 365)));
    const table = headlineTables(summary).find((t) => t.title === 'Back-test on the actual history');
    expect(table?.rows.find((r) => r[0] === 'Paid back on')?.[1]).toBe(backtestMessages.noPaybackByCut(LAST));
  });

  it("backtestSummary() counts a balloon loan's payments left at the cut within the horizon: those after it are never due (the balloon repays them)", async () => {
    const text = scenarioText().replace('term: 23 months }', 'term: 60 months, balloonAtHorizon: true }');
    const { s, summary } = await backtestOf(text);
    const last = daysBetween(START, LAST);
    let due = 0;
    for (let k = 1; k <= 60; k++) {
      const day = Math.round(k * MONTH_DAYS);
      const paid = day === s.days ? s.days - 1 : day;
      if (paid > last && paid < s.days) due++;
    }
    // 2 years from six months before the history's end: 18 payments, not the 54 of the term.
    expect(due).toBe(18);
    const loan = summary.actual?.booksAtCut?.find((item) => item.kind === 'loan');
    expect(loan).toMatchObject({ name: 'machine loan', counted: 'repaid-at-cut', paymentsLeft: due });
  });

  it('backtestMessages count in thousands: a 100-year swap cut after 6 years has 1,118 monthly settlements left', () => {
    expect(backtestMessages.swapOpen(1118, '2119-01-01')).toBe(
      '1,118 monthly settlements left, the last on 2119-01-01',
    );
    expect(backtestMessages.loanRepaidAtCut('7,999 USD', 1118)).toContain(
      '(1,118 payments after the cut not made)',
    );
    expect(backtestMessages.leaseBoughtOutAtCut('111,900 USD', 1)).toContain('its 1 payment left');
  });

  it("headlineTables() of a run whose horizon runs past the history says its back-test did not pay back by the history's end, not within the horizon", async () => {
    const row = async (text: string) => {
      const { summary } = await runMonteCarlo(await scenarioOf(text), {
        paths: 2,
        workers: 1,
        breakEvenPaths: 0,
      });
      expect(summary.actual?.paybackDay).toBeNull();
      const table = headlineTables(summary).find((t) => t.title === 'Payback');
      return table?.rows.find((r) => r[0] === 'Back-test (actual history): paid back on')?.[1];
    };
    expect(await row(scenarioText())).toBe(backtestMessages.noPaybackByCut(LAST));
    expect(await row(scenarioText({ books: false }))).toBe(backtestMessages.noPaybackInHistory());
  });
});
