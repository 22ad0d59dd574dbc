// A seasonal tariff held fixed: the calculator's view holds the start day's rate, as it holds the
// start day's price and difficulty (the run's first day pays it). It says so, and gives the mean of
// the tariff over the first year beside it (summary.json dailyView.tariffMean, the terminal and
// summary.md), as a fixed rate across a year's seasons would be another view. A flat tariff says nothing more.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateAfter, useScratchFolder } from '../analyst-questions-2/hand.js';

const { backtest, scenarioFile } = useScratchFolder({ charts: false });

const START = '2024-06-01';
const tariff = (date: string) => 0.05 + 0.015 * Math.cos((2 * Math.PI * (Number(date.slice(5, 7)) - 1)) / 12);
const scenario = (name: string, price: string) =>
  scenarioFile(
    name,
    `name: ${name}
start: ${START}
horizon: 18 months
fleet:
  - { model: Antminer S21, count: 20, unitPrice: 3400 USD }
power:
  price: ${price}
costs: { poolFee: 2 % }
`,
  );

describe('the held view of a seasonal tariff', { timeout: 60_000 }, () => {
  it('holds the start day’s rate, says so, and gives the first year’s mean beside it', async () => {
    const { summary, text, folder } = await backtest(
      scenario('seasonal', '{ expression: "0.05 + 0.015 * cos(2 * pi * (month - 1) / 12)" }'),
    );
    const view = summary.dailyView!;
    // June: 0.05 + 0.015 cos(5 pi / 6) = 0.037010 USD/kWh.
    expect(view.tariffUsdPerKwh).toBeCloseTo(tariff(START), 12);
    let sum = 0;
    for (let d = 0; d < 365; d++) sum += tariff(dateAfter(START, d));
    expect(view.tariffMean).toEqual({ usdPerKwh: expect.any(Number), days: 365 });
    expect(view.tariffMean!.usdPerKwh).toBeCloseTo(sum / 365, 12);
    expect(sum / 365).toBeCloseTo(0.04993, 5);
    const said = 'tariff 0.03701 USD/kWh (the start day’s; 0.04993 USD/kWh the mean over the first 365 days)';
    expect(text).toContain(said);
    expect(readFileSync(join(folder, 'summary.md'), 'utf8')).toContain(said);
  });
  it('says nothing more of a flat tariff', async () => {
    const { summary, text } = await backtest(scenario('flat', '0.05 USD/kWh'));
    expect(summary.dailyView!.tariffMean).toBeUndefined();
    expect(text).toContain('tariff 0.05 USD/kWh');
    expect(text).not.toContain('the start day’s;');
  });
});
