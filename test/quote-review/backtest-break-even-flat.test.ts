// The back-test's break-even tariff is one flat rate for the whole run (engine/kernel/breakeven.ts
// holds the tariff constant), printed as "Break-even tariff (USD/kWh) 0.05953" beside a scenario
// whose tariff is a seasonal schedule (0.05 + 0.015 cos(...): 0.065 in January, a mean of 0.04993
// over the first year), with nothing to say it is not the schedule's. The row now says it is the
// flat rate that would break even, and names the schedule's mean beside it; the terminal's line
// says flat. A flat tariff's row says flat too, without a schedule to compare.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backtestTable } from '../../src/report/backtest-table.js';
import type { RunSummary } from '../../src/stats/summary.js';
import { runNode } from '../fixtures/node-process.js';

const scenario = (price: string) => `name: s19-backtest
start: 2023-01-01
horizon: 2 years
fleet:
  - { model: Antminer S19 XP, count: 10, unitPrice: 4000 USD }
power:
  price: ${price}
`;

async function backtest(price: string) {
  const dir = mkdtempSync(join(tmpdir(), 'minesim-be-flat-'));
  const file = join(dir, 's.yaml');
  writeFileSync(file, scenario(price));
  const run = await runNode(['bin/minesim.mjs', 'backtest', file, '--out', join(dir, 'out')]);
  expect(run.code, run.stderr).toBe(0);
  const summary = JSON.parse(readFileSync(join(dir, 'out', 'summary.json'), 'utf8')) as RunSummary;
  return { summary, stdout: run.stdout };
}

describe('the back-test’s break-even tariff, a flat rate', () => {
  it('beside a seasonal schedule: labelled flat, the schedule’s first-year mean beside it', async () => {
    const { summary, stdout } = await backtest(
      '{ expression: "0.05 + 0.015 * cos(2 * pi * (month - 1) / 12)" }',
    );
    const row = backtestTable(summary).rows.find((r) => r[0].startsWith('Break-even tariff'));
    expect(row?.[0]).toBe('Break-even tariff, one flat rate for the whole run (USD/kWh)');
    expect(row?.[1]).toBe('0.05953 (against the schedule’s 0.04993 mean over its first 365 days)');
    expect(stdout).toMatch(/break-even flat tariff \/ price +0\.05953 USD\/kWh \/ /);
  }, 60_000);

  it('a flat tariff: labelled flat, nothing to compare', async () => {
    const { summary } = await backtest('0.05 USD/kWh');
    const row = backtestTable(summary).rows.find((r) => r[0].startsWith('Break-even tariff'));
    expect(row?.[0]).toBe('Break-even tariff, one flat rate for the whole run (USD/kWh)');
    expect(row?.[1]).toMatch(/^0\.\d+$/);
  }, 60_000);
});
