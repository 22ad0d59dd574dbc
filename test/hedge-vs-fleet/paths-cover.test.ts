// Forwards and hedging options beside what each path mined (engine/kernel/hedge-cover.ts). The
// hashprice-hedge case (100 S21s from 2024-05-01, hashing from day 14, switched off when
// unprofitable) with a forward of 0.4 BTC a month for a year beside its put and sold call on 3 BTC to
// 2024-12-31: on the history and on the history's network at a price cut to a half and a third
// (more days switched off), the kernel's flag and share are worked by hand from the path's daily
// coins (the back-test's trace), the hedges judged together: a month is over-hedged when the
// forward's 0.4 BTC and the exercised leg of the collar's 3 BTC pro rata to its days exceed the
// coins mined over it (months of 30.4375 days from the start, rounded), the options' days when their
// 3 BTC and the forward's months within them exceed those mined from the start to the expiry; the
// share is the larger of the two sums over the coins mined over their days. The Monte Carlo's workspace (no
// trace) gives the same bits. After the loan case's default on 2022-01-09 the owners mine nothing: a
// put bought after it is over-hedged, its share unbounded.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { historicalPath } from '../../src/engine/backtest/history-path.js';
import { compilePlan } from '../../src/engine/compile/compile.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { simulatePath } from '../../src/engine/kernel/kernel.js';
import { METRIC } from '../../src/engine/kernel/metrics.js';
import * as M from '../../src/engine/kernel/workspace.js';
import type { RunSummary } from '../../src/stats/summary.js';
import { cli, coinsPerHs, dateAfter, useScratchFolder } from '../analyst-questions-2/hand.js';
import { scenarioDraft, scenarioOf } from '../fixtures/scenarios.js';

const { backtest, outDir, scenarioFile } = useScratchFolder({ charts: false });

const FORWARD = { name: 'forward', type: 'price-swap', coins: 0.4, price: '62000 USD', term: '12 months' };
const bound = (k: number) => Math.round(k * 30.4375);

describe('forwards and hedging options beside each path’s coins', () => {
  it('the kernel’s over-hedge flag and hedged share match the path’s days by hand', async () => {
    const draft = scenarioDraft('hashprice-hedge-2024-05');
    draft.finance.hedges.push(FORWARD);
    const s = await scenarioOf(draft);
    const inputs = await loadCompileInputs(s);
    const history = historicalPath(s, inputs.history);
    const plan = compilePlan(s, inputs, history.days);
    const traced = M.createKernelWorkspace(plan, { trace: true });
    const plain = M.createKernelWorkspace(plan);
    const expiry = Math.round((Date.parse('2024-12-31') - Date.parse('2024-05-01')) / 86_400_000);
    const seen: number[] = [];
    for (const cut of [1, 0.5, 1 / 3]) {
      const path = { ...history.path, priceUsd: history.path.priceUsd.map((p) => p * cut) };
      simulatePath(plan, path, traced, null);
      const coins = traced.trace!.coinsMined;
      const mined = (from: number, to: number) => {
        let sum = 0;
        for (let d = from; d < to; d++) sum += coins[d];
        return sum;
      };
      // Together: one leg of the collar is exercised on each path (the call at the history's
      // 93,000 USD on 2024-12-31, the put at a half and a third of it), its 3 BTC spread over the
      // option's 245 days; the forward's months 0 to 7 lie inside them, month 8 one day.
      const days = expiry + 1;
      const overlap = (a: number, b: number) => Math.max(0, Math.min(b, days) - Math.max(a, 0));
      let over = 0;
      let forwardCommitted = 0;
      for (let k = 0; k < 12; k++) {
        const committed = 0.4 + (3 * overlap(bound(k), bound(k + 1))) / days;
        forwardCommitted += committed;
        if (committed > mined(bound(k), bound(k + 1))) over = 1;
      }
      const options = mined(0, days);
      const optionCommitted = 3 + 8 * 0.4 + (0.4 * 1) / (bound(9) - bound(8));
      if (optionCommitted > options) over = 1;
      const share = Math.max(forwardCommitted / mined(0, bound(12)), optionCommitted / options);
      expect(traced.metrics[METRIC.overHedged], `price x ${cut}`).toBe(over);
      expect(traced.metrics[METRIC.hedgedShare], `price x ${cut}`).toBeCloseTo(share, 12);
      simulatePath(plan, path, plain, null);
      expect(plain.metrics[METRIC.overHedged]).toBe(over);
      expect(plain.metrics[METRIC.hedgedShare]).toBe(traced.metrics[METRIC.hedgedShare]);
      seen.push(over, share);
    }
    // The history's own path: the first month has 14 days of no hashing (0.4 BTC beyond them).
    expect(seen[0]).toBe(1);
    // Cutting the price switches machines off: less mined, more hedged.
    expect(seen[5]).toBeGreaterThan(seen[3]);
    expect(seen[3]).toBeGreaterThan(seen[1]);
  }, 60_000);

  it('a run cut before any month of them counts none: no share, no over-hedge', async () => {
    const draft = scenarioDraft('hashprice-hedge-2024-05');
    draft.finance.hedges.push({ ...FORWARD, start: '2025-01-01', term: '6 months' });
    const s = await scenarioOf(draft);
    const inputs = await loadCompileInputs(s);
    const history = historicalPath(s, inputs.history);
    // 200 days: the options expire on day 244 and the forward starts on day 245.
    const plan = compilePlan(s, inputs, 200);
    const w = M.createKernelWorkspace(plan);
    simulatePath(plan, history.path, w, null);
    expect(w.metrics[METRIC.overHedged]).toBe(0);
    expect(w.metrics[METRIC.hedgedShare]).toBeNaN();
  }, 60_000);

  it('after a default the owners mine nothing: a put bought after it is over-hedged on every coin', async () => {
    const draft = scenarioDraft('top-of-market-2021-11-10-loan');
    draft.finance.hedges = [
      {
        name: 'put after',
        type: 'put',
        coins: 0.01,
        strike: '40000 USD',
        premium: '3000 USD',
        start: '2022-03-01',
        expiry: '2022-12-31',
      },
    ];
    const s = await scenarioOf(draft);
    const inputs = await loadCompileInputs(s);
    const history = historicalPath(s, inputs.history);
    const plan = compilePlan(s, inputs, history.days);
    const w = M.createKernelWorkspace(plan);
    simulatePath(plan, history.path, w, null);
    expect(w.metrics[METRIC.defaulted]).toBe(1);
    expect(w.metrics[METRIC.overHedged]).toBe(1);
    expect(w.metrics[METRIC.hedgedShare]).toBe(Number.POSITIVE_INFINITY);
  }, 60_000);

  const file = scenarioFile(
    'cover',
    `name: cover
start: 2024-06-01
horizon: 1 year
fleet:
  - { model: Antminer S21, count: 20, unitPrice: 3400 USD }
power: { price: 0.05 USD/kWh }
costs: { poolFee: 2 % }
monteCarlo: { paths: 400, seed: 7 }
finance:
  hedges:
    - { name: forward, type: price-swap, coins: 0.08, price: 68000 USD, term: 6 months }
    - { name: hashprice, type: hashprice-swap, hashrate: 1 PH/s, price: 50 USD/PH/day, term: 6 months }
`,
  );

  it('a back-test states its one path’s flag and share, by hand from the history', async () => {
    const { summary } = await backtest(file);
    const h = summary.headline;
    // Each day: 4 PH/s x the day's coins per H/s, less the 2 % pool fee.
    const mined = (from: number, to: number) => {
      let sum = 0;
      for (let d = from; d < to; d++) sum += 4e15 * coinsPerHs(dateAfter('2024-06-01', d)) * 0.98;
      return sum;
    };
    const months = Array.from({ length: 6 }, (_, k) => mined(bound(k), bound(k + 1)));
    // The first month mined 0.0981 BTC, the sixth 0.0784: the forward's 0.08 exceeds the sixth only.
    expect(months[0]).toBeCloseTo(0.0981, 4);
    expect(months[5]).toBeCloseTo(0.0784, 4);
    expect(months.filter((x) => x < 0.08).length).toBe(1);
    expect(h.overHedged!.p).toBe(1);
    expect((6 * 0.08) / mined(0, bound(6))).toBeCloseTo(0.9089, 4);
    expect(h.hedgedShare!.quantiles.p50).toBeCloseTo((6 * 0.08) / mined(0, bound(6)), 10);
    // No paths line in a back-test: its lines are on the history already.
    expect(summary.scenario.assumptions.some((a) => a.label === 'Hedges vs production on the paths')).toBe(
      false,
    );
  }, 60_000);

  it('a Monte Carlo run states the share of paths over-hedged with its error and the median share', async () => {
    const r = await cli('run', file, '--workers', '1', '--json', '--out', join(outDir, 'cover'));
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as RunSummary;
    const over = s.headline.overHedged!;
    expect(over.se).toBeCloseTo(Math.sqrt((over.p * (1 - over.p)) / 400), 12);
    expect(over.p).toBeGreaterThan(0);
    expect(over.p).toBeLessThan(1);
    const share = s.headline.hedgedShare!.quantiles;
    expect(share.p10!).toBeLessThan(share.p50!);
    expect(share.p50!).toBeLessThan(share.p90!);
    const line = s.scenario.assumptions.find((a) => a.label === 'Hedges vs production on the paths')!;
    // The share's 95 % interval by hand: Wilson's over the 400 independent paths.
    const z = 1.96;
    const n = 400;
    const centre = (over.p + (z * z) / (2 * n)) / (1 + (z * z) / n);
    const half = (z * Math.sqrt((over.p * (1 - over.p)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
    const pct = (x: number) => `${Number((x * 100).toPrecision(3))} %`;
    expect(line.value).toContain(
      `on ${pct(over.p)} of the paths (95 % interval ${pct(centre - half)} to ${pct(centre + half)}); over one hedge's whole term, its months added up, the largest share they took together of the coins the path mined: median ${pct(share.p50!)}`,
    );
    const text = await cli('run', file, '--workers', '1', '--paths', '20', '--out', join(outDir, 'cover-20'));
    expect(text.stdout).toContain(
      'hedges vs production on the paths: the forwards and hedging options together',
    );
  }, 120_000);
});
