// The owners' hedges after a default, on the actual history (engine/kernel/books.ts): the loan
// case defaults on 2022-01-09 (day 60) with or without hedges beside it; a hashprice swap of 5 PH/s
// at 250 USD/PH/day for 24 months, a put on 2 BTC bought and a call on 1 BTC sold, both from
// 2022-03-01 (after the default), settle on to their terms. Worked by hand from the back-test's
// daily hashprice and price (the same as daily.csv): the swap's month k pays
// 5 x (250 x days - the sum of its days' hashprices) on its last day (months of 30.4375 days from
// the start, rounded), the put 2 x max(40,000 - price, 0) on 2022-12-31 (46,951.56 USD), the call
// nothing on 2022-09-30 (BTC 19,423 USD), the premiums -6,000 and +1,000 USD on 2022-03-01:
// 539,658.23 USD in all. Without tax the equity's NPV is the unhedged one's plus their present
// value at 10 % a year (478,468.32 USD), and the equity, left with -465,826.22 USD by the
// default, is back at zero on 2023-09-10. With the case's tax (21 %, losses offsetting at most
// 80 % of a year's income), the default year's loss pool still covers 80 % of the hedges' later
// income: each later tax year's end pays 21 % x 20 % of it (10,577.84 USD on 2022-12-31 on
// 251,853.44; 12,561.24 on 2023-12-31 on 299,077.07).
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/data/dates.js';
import { runBacktest } from '../../src/engine/backtest/backtest.js';
import { historicalPath } from '../../src/engine/backtest/history-path.js';
import { compilePlan } from '../../src/engine/compile/compile.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { bookFlows } from '../../src/engine/kernel/books-workspace.js';
import { simulatePath } from '../../src/engine/kernel/kernel.js';
import { METRIC } from '../../src/engine/kernel/metrics.js';
import * as M from '../../src/engine/kernel/workspace.js';
import type { Scenario } from '../../src/scenario/normalize.js';
import { scenarioDraft, scenarioOf } from '../fixtures/scenarios.js';

const LOAN_CASE = 'top-of-market-2021-11-10-loan';
const HEDGES = [
  { name: 'hp swap', type: 'hashprice-swap', hashrate: '5 PH/s', price: '250 USD/PH/day', term: '24 months' },
  {
    name: 'put after',
    type: 'put',
    coins: 2,
    strike: '40000 USD',
    premium: '3000 USD',
    start: '2022-03-01',
    expiry: '2022-12-31',
  },
  {
    name: 'call sold after',
    type: 'call',
    position: 'sold',
    coins: 1,
    strike: '30000 USD',
    premium: '1000 USD',
    start: '2022-03-01',
    expiry: '2022-09-30',
  },
];

async function loanCase(hedged: boolean, taxed: boolean): Promise<Scenario> {
  const draft = scenarioDraft(LOAN_CASE);
  if (hedged) draft.finance.hedges = HEDGES;
  if (!taxed) delete draft.finance.tax;
  return scenarioOf(draft);
}

/** The equity's daily flows of the back-test's path. */
async function equityFlows(s: Scenario): Promise<Float64Array> {
  const inputs = await loadCompileInputs(s);
  const history = historicalPath(s, inputs.history);
  const plan = compilePlan(s, inputs, history.days);
  const workspace = M.createKernelWorkspace(plan);
  simulatePath(plan, history.path, workspace, null);
  return bookFlows(workspace.books!).equity;
}

/** The hedges' flows by day, from the back-test's daily hashprice (USD/PH/s/day) and price. */
function hedgeFlows(hashprice: Float64Array, price: Float64Array, start: string): Float64Array {
  const out = new Float64Array(hashprice.length);
  const bound = (k: number) => Math.round(k * 30.4375);
  for (let k = 0; k < 24; k++) {
    let sum = 0;
    for (let d = bound(k); d < bound(k + 1); d++) sum += hashprice[d];
    out[bound(k + 1) - 1] += 5 * (250 * (bound(k + 1) - bound(k)) - sum);
  }
  const day = (date: string) => Math.round((Date.parse(date) - Date.parse(start)) / 86_400_000);
  out[day('2022-03-01')] += -6000 + 1000;
  out[day('2022-12-31')] += 2 * Math.max(40_000 - price[day('2022-12-31')], 0);
  out[day('2022-09-30')] -= Math.max(price[day('2022-09-30')] - 30_000, 0);
  return out;
}

describe('the loan case’s hedges after its default, on the actual history', () => {
  it('runBacktest() counts every settlement after the 2022-01-09 default in the equity’s NPV, its payback and the hedges’ net', async () => {
    const hedged = await loanCase(true, false);
    const plain = await loanCase(false, false);
    const a = runBacktest(hedged, await loadCompileInputs(hedged));
    const b = runBacktest(plain, await loadCompileInputs(plain));
    const defaultDay = a.metrics[METRIC.defaultDay];
    expect(addDays(hedged.start, defaultDay)).toBe('2022-01-09');
    expect(b.metrics[METRIC.defaultDay]).toBe(defaultDay);
    const flows = hedgeFlows(a.trace.hashpriceUsd, a.trace.priceUsd, hedged.start);
    const net = flows.reduce((x, y) => x + y, 0);
    expect(net).toBeCloseTo(539_658.23, 1);
    expect(a.metrics[METRIC.hedgeNetUsd]).toBeCloseTo(net, 6);
    const discount = 1.1 ** (-1 / 365.25);
    const pv = flows.reduce((x, f, d) => x + f * discount ** d, 0);
    expect(a.metrics[METRIC.equityNpvUsd] - b.metrics[METRIC.equityNpvUsd]).toBeCloseTo(pv, 4);
    // Payback: the position the default left, plus the settlements since, first at zero or above.
    let position = b.metrics[METRIC.equityNetAtHorizonUsd];
    let payback = -1;
    for (let d = 0; d < flows.length && payback < 0; d++) {
      position += flows[d];
      if (position >= 0) payback = d;
    }
    expect(addDays(hedged.start, payback)).toBe('2023-09-10');
    expect(a.metrics[METRIC.equityPaybackDay]).toBe(payback);
    expect(a.metrics[METRIC.equityNetAtHorizonUsd]).toBeCloseTo(
      b.metrics[METRIC.equityNetAtHorizonUsd] + net,
      4,
    );
  }, 60_000);

  it('runBooks() taxes the hedges’ income after the default at each later tax year’s end, 21 % of the 20 % the loss pool leaves', async () => {
    const plain = await loanCase(true, false);
    const taxed = await loanCase(true, true);
    const before = await equityFlows(plain);
    const after = await equityFlows(taxed);
    const a = runBacktest(taxed, await loadCompileInputs(taxed));
    const flows = hedgeFlows(a.trace.hashpriceUsd, a.trace.priceUsd, taxed.start);
    const day = (date: string) => Math.round((Date.parse(date) - Date.parse(taxed.start)) / 86_400_000);
    const defaultDay = a.metrics[METRIC.defaultDay];
    const ends = [day('2022-12-31'), day('2023-12-31'), flows.length - 1];
    let from = defaultDay + 1;
    for (const end of ends) {
      let income = 0;
      for (let d = from; d <= end; d++) income += flows[d];
      expect(before[end] - after[end], `tax on ${addDays(taxed.start, end)}`).toBeCloseTo(
        0.21 * 0.2 * Math.max(income, 0),
        4,
      );
      for (let d = from; d < end; d++) expect(after[d]).toBe(before[d]);
      from = end + 1;
    }
    expect(before[ends[0]] - after[ends[0]]).toBeCloseTo(10_577.84, 1);
    expect(before[ends[1]] - after[ends[1]]).toBeCloseTo(12_561.24, 1);
  }, 60_000);
});
