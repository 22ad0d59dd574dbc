// What a back-test's assumptions say it replayed. Before: a back-test of days imported into the
// user data folder (2025-11-01 for 60 days, the shipped history ending 2025-11-14) said 'actual
// daily price, difficulty, blocks and fees (shipped history)' while 46 of its 60 days, fees
// included, were the imported ones its manifest lists.
import { rmSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { useDataFolder } from '../../src/data/history.js';
import { importDailyText } from '../../src/data/import/import.js';
import { runBacktest } from '../../src/engine/backtest/backtest.js';
import { backtestSummary } from '../../src/engine/backtest/backtest-summary.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { btc, series, simpleCsv, tempFolder } from '../fixtures/daily-files.js';
import { scenarioOf } from '../fixtures/scenarios.js';

const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});
afterEach(() => useDataFolder(null));

const draft = (start: string) => ({
  name: 'backtest-label',
  start,
  horizon: '60 days',
  fleet: [{ model: 'Antminer S21', count: 1, unitPrice: '3400 USD' }],
  power: { price: '0.05 USD/kWh' },
  network: { model: { type: 'growth', rate: '30 %' } },
  fees: { model: { type: 'per-block', amount: 0.03 } },
  price: { model: { type: 'fixed' } },
});

async function marketLine(start: string): Promise<string | undefined> {
  const s = await scenarioOf(draft(start));
  const b = runBacktest(s, await loadCompileInputs(s));
  return backtestSummary(s, b).scenario.assumptions.find((a) => a.label === 'Market')?.value;
}

describe('the market a back-test says it replayed', () => {
  it('backtestSummary() names the imported days a back-test replays, and the shipped history alone otherwise', async () => {
    const dir = tempFolder();
    folders.push(dir);
    // The shipped days from 2025-10-26 again, then 60 new ones: 2025-11-15 to 2026-01-13.
    await importDailyText(simpleCsv(series(btc(), '2025-10-26', 60)), 'f.csv', { folder: dir });
    useDataFolder(dir);
    expect(await marketLine('2025-11-01')).toBe(
      'actual daily price, difficulty, blocks and fees (shipped history to 2025-11-14, then imported days)',
    );
    expect(await marketLine('2025-12-01')).toBe(
      'actual daily price, difficulty, blocks and fees (imported days)',
    );
    expect(await marketLine('2025-09-01')).toBe(
      'actual daily price, difficulty, blocks and fees (shipped history)',
    );
  });
});
