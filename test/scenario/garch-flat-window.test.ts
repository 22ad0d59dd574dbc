// A GARCH-t calibrated on a window whose price never moves: imported days can hold one (the
// shipped history does not). It has no variance to fit; it was an internal error (a stack trace,
// exit 1) at validation, and is now refused where the window is written, saying what to give.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/data/dates.js';
import { useDataFolder } from '../../src/data/history.js';
import { importDailyText } from '../../src/data/import/import.js';
import { coverageMessages as m } from '../../src/messages/coverage.js';
import { garchFittable } from '../../src/model/market/garch-fit.js';
import { validateScenarioText } from '../../src/scenario/validate.js';
import { btc, tempFolder } from '../fixtures/daily-files.js';

const dir = tempFolder();
afterAll(() => {
  useDataFolder(null);
  rmSync(dir, { recursive: true, force: true });
});

/** 400 days past the shipped history at 90,000 USD, each else as the history's last. */
function flatDays(): string {
  const h = btc();
  const last = h.days - 1;
  const rows = ['date,price_usd,difficulty,blocks,fees_per_block'];
  for (let k = 1; k <= 400; k++)
    rows.push(`${addDays(h.lastDate, k)},90000,${h.difficulty[last]},144,${h.fees[last] / h.blocks[last]}`);
  return `${rows.join('\n')}\n`;
}

const scenario = (price: string) => `name: flat-garch
start: 2026-12-19
horizon: 1 year
fleet:
  - { model: Antminer S21, count: 1, unitPrice: 3000 USD }
power: { price: 0.05 USD/kWh }
network: { model: { type: growth, rate: 0 % } }
fees: { model: { type: share-of-subsidy, share: 1 % } }
price: { model: ${price} }
`;

describe('GARCH-t on a window whose price never moves', () => {
  it('validateScenarioText() refuses the calibration at its window, naming the window and what to give', async () => {
    await importDailyText(flatDays(), 'flat.csv', { folder: dir });
    useDataFolder(dir);
    const v = await validateScenarioText(scenario('{ type: garch-t, calibrate: 1 year }'), 'g.yaml');
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.problems.map((p) => [p.path, p.message])).toEqual([
      [
        'price.model.calibrate',
        `${m.flatWindow(
          '2025-12-19',
          '2026-12-18',
          'GARCH-t',
          '`price.model.alpha`, `beta`, `nu`, `volatility` and `drift`',
        )} (got "1 year")`,
      ],
    ]);
  });

  it('validateScenarioText() accepts the window when every fitted parameter is given', async () => {
    useDataFolder(dir);
    const v = await validateScenarioText(
      scenario('{ type: garch-t, calibrate: 1 year, alpha: 0.1, beta: 0.85, nu: 4, volatility: 60 % }'),
      'g.yaml',
    );
    expect(v.ok).toBe(true);
  });

  it('garchFittable() needs enough returns and two that differ', () => {
    expect(garchFittable(new Float64Array(400))).toBe(false);
    expect(garchFittable(new Float64Array(400).fill(0.001))).toBe(false);
    const moving = new Float64Array(400).fill(0.001);
    moving[399] = 0.002;
    expect(garchFittable(moving)).toBe(true);
    expect(garchFittable(moving.subarray(0, 10))).toBe(false);
  });
});
