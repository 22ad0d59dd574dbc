// Imported days can hold a price and a difficulty that never move. An endogenous network fitted on
// a year of them read no response and no noise, and ran with every parameter at a limit of the fit
// and a lag that any value would fit; it is refused now at its window, as a stochastic network is.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/data/dates.js';
import { useDataFolder } from '../../src/data/history.js';
import { importDailyText } from '../../src/data/import/import.js';
import { validateScenarioText } from '../../src/scenario/validate.js';
import { btc, tempFolder } from '../fixtures/daily-files.js';

const dir = tempFolder();
beforeAll(async () => {
  await importDailyText(flatDays(), 'flat.csv', { folder: dir });
  useDataFolder(dir);
});
afterAll(() => {
  useDataFolder(null);
  rmSync(dir, { recursive: true, force: true });
});

/** 400 days past the shipped history at 90,000 USD and the history's last difficulty, 144 blocks a day. */
function flatDays(): string {
  const h = btc();
  const last = h.days - 1;
  const rows = ['date,price_usd,difficulty,blocks,fees_per_block'];
  for (let k = 1; k <= 400; k++)
    rows.push(`${addDays(h.lastDate, k)},90000,${h.difficulty[last]},144,${h.fees[last] / h.blocks[last]}`);
  return `${rows.join('\n')}\n`;
}

const scenario = (network: string) => `name: flat
start: 2026-12-19
horizon: 1 year
fleet:
  - { model: Antminer S21, count: 1, unitPrice: 3000 USD }
power: { price: 0.05 USD/kWh }
network: { model: ${network} }
fees: { model: { type: share-of-subsidy, share: 1 % } }
price: { model: { type: gbm, drift: 0 %, volatility: 50 % } }
`;

async function problems(text: string) {
  const v = await validateScenarioText(text, 'flat.yaml');
  return v.ok ? [] : v.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('an endogenous network fitted on a flat year', () => {
  // It ran: lag 21 days (any lag fits a series that never moves), entry 5.0 % a year (the floor),
  // shutdown 0.00, volatility 0.0 %.
  it('is refused at its window, saying what to give', async () => {
    const found = await problems(scenario('{ type: endogenous, calibrate: 1 year }'));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(
      'network.model.calibrate: the 7-day mean hashrate never moves over the calibration window 2025-12-19 to 2026-12-18',
    );
    expect(found[0]).toContain(
      'give `network.model.lag`, `entryRate`, `entryMargin`, `shutdownMargin`, `shutdown` and `volatility`',
    );
  });

  it('with every fitted parameter given, it runs', async () => {
    expect(
      await problems(
        scenario(
          '{ type: endogenous, calibrate: 1 year, lag: 28 days, entryRate: 100 %, entryMargin: 2, shutdownMargin: 1.5, shutdown: 0.3, volatility: 20 % }',
        ),
      ),
    ).toEqual([]);
  });
});
