// A single forward judged at the start held fixed (a run's assumptions, `minesim validate`): a fleet
// bought in stages mines less in the forward's first months than over its term, so the term's
// average (87.8 % here, "within") hid months in which the forward sold more coins than the fleet
// mined (0.45 BTC against 0.2526 BTC a month: 178 %), which only the paths' per-month line showed.
// The line now names the forward's largest month and notes it as more than the fleet produces.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEDGE_PRICE_SWAP, hedgeMonthBounds } from '../../src/model/finance/hedge.js';
import { ownWorstPeriod } from '../../src/model/finance/hedge-commitment.js';

const dir = mkdtempSync(join(tmpdir(), 'forward-worst-'));
const file = join(dir, 'staged-forward.yaml');
writeFileSync(
  file,
  `name: staged-forward
coin: bitcoin
start: 2025-05-01
horizon: 2 years
fleet:
  - name: first
    model: Antminer S21
    count: 100
    unitPrice: 3400 USD
  - name: later
    model: Antminer S21
    count: 200
    purchased: 2025-11-01
    unitPrice: 3400 USD
power:
  price: 0.045 USD/kWh
network:
  model: { type: growth, calibrate: 1 year }
price:
  model: { type: gbm, drift: 0 %, volatility: 50 % }
finance:
  hedges:
    - name: forward
      type: price-swap
      coins: 0.45
      price: 90000 USD
      term: 12 months
monteCarlo:
  paths: 20
  seed: 1
`,
);
const cli = (...args: string[]) =>
  execFileSync(process.execPath, ['bin/minesim.mjs', ...args], { encoding: 'utf8', stdio: 'pipe' });

describe("a single forward's largest month", () => {
  it('ownWorstPeriod() finds the month with the most committed over mined', () => {
    const hedge = { kind: HEDGE_PRICE_SWAP, amount: 1, fixedUsd: 0, bounds: hedgeMonthBounds(0, 4), sign: 1 };
    // 0.05 coins a day for the first 61 days, 0.2 a day after: the first month takes the most (1 of 1.5).
    const mined = (from: number, to: number) =>
      0.05 * Math.max(0, Math.min(to, 61) - from) + 0.2 * Math.max(0, to - Math.max(from, 61));
    const w = ownWorstPeriod(hedge, 1000, mined);
    expect(w?.from).toBe(0);
    expect(w?.to).toBe(30);
    expect(w?.share).toBeCloseTo(1 / 1.5, 12);
    expect(ownWorstPeriod(hedge, 30, mined)?.to).toBe(30);
    expect(ownWorstPeriod(hedge, 29, mined)).toBeNull();
  });

  it("the run's held-fixed line and validate name the month the forward is over, not the term's average alone", () => {
    const out = join(dir, 'run');
    cli('run', file, '--workers', '1', '--no-explorer', '--out', out);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    const line = summary.scenario.assumptions.find(
      (a: { label: string }) => a.label === 'Hedge vs production: forward',
    );
    expect(line.value).toMatch(/its largest month, 2025-05-01 to 2025-05-30: \d+(\.\d)? %/);
    expect(line.note).toMatch(/^more than the fleet produces/);
    const validate = cli('validate', file);
    expect(validate).toMatch(/forward.*its largest month, 2025-05-01 to 2025-05-30/);
  }, 120_000);
});
