// The daily view of scenarios/s21-fleet-2026.yaml checked by hand, figure by figure: 500 Antminer
// S21s (200 TH/s, 3,500 W) on 2026-01-22 at difficulty 141.67 T, 3.125 BTC a block plus fees of
// 0.75 % of it, BTC 78,600 USD, 0.045 USD/kWh at a PUE of 1.05, 95 % uptime and a 2 % pool fee;
// each unit 3,400 USD plus a 21.6 % import premium plus its share of 50,000 USD of setup.
import { beforeAll, describe, expect, it } from 'vitest';
import { headlineTable } from '../../src/cli/headline.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { dailyViewMessages as m } from '../../src/messages/daily-view.js';
import type { DailyView } from '../../src/stats/summary.js';
import { type Draft, loadScenario } from '../fixtures/scenarios.js';

const HASHPRICE = (1e15 * 86_400 * 3.125 * 1.0075 * 78_600) / (141.67e12 * 2 ** 32);
const REVENUE = 0.2 * HASHPRICE * 0.95 * 0.98;
const POWER = 3.5 * 24 * 0.045 * 1.05 * 0.95;
const CAPEX = 3400 * 1.216 + 50_000 / 500;
const BREAK_EVEN_HASHPRICE = POWER / (0.2 * 0.95 * 0.98);

async function dailyView(edit?: (d: Draft) => void) {
  const s = await loadScenario('s21-fleet-2026', edit);
  return (await runMonteCarlo(s, { paths: 10, workers: 1, breakEvenPaths: 0 })).summary;
}

describe('the daily view of scenarios/s21-fleet-2026.yaml by hand', () => {
  let view: DailyView;
  let text: string;
  beforeAll(async () => {
    const summary = await dailyView();
    view = summary.dailyView!;
    text = headlineTable(summary);
  }, 60_000);

  it('planDailyView() holds a hashprice of 1e15 x 86,400 x 3.148 BTC x 78,600 / (141.67 T x 2^32) = 35.14 USD/PH/s/day', () => {
    expect(view.hashpriceUsd).toBeCloseTo(HASHPRICE, 10);
    expect(view.hashpriceUsd).toBeCloseTo(35.139, 3);
    // No hosting contract: summary.json has no `hosting`, as before it had one.
    expect(view.hosting).toBeUndefined();
  });

  it('planDailyView() gives revenue = 0.2 PH/s x hashprice x 95 % uptime x (1 - 2 % pool fee) = 6.543 USD a day', () => {
    expect(view.cohorts[0].revenueUsd).toBeCloseTo(REVENUE, 12);
    expect(view.cohorts[0].revenueUsd).toBeCloseTo(6.543, 3);
  });

  it('planDailyView() gives power = 3.5 kW x 24 h x 0.045 USD/kWh x PUE 1.05 x 95 % uptime = 3.771 USD a day, and no hosting', () => {
    expect(view.cohorts[0].powerUsd).toBeCloseTo(POWER, 12);
    expect(view.cohorts[0].powerUsd).toBeCloseTo(3.7706, 4);
    expect(view.cohorts[0].hostingUsd).toBe(0);
    expect(view.cohorts[0].profitUsd).toBeCloseTo(REVENUE - POWER, 12);
    expect(view.cohorts[0].profitUsdPerUnitHashrate).toBeCloseTo((REVENUE - POWER) / 200, 14);
  });

  it('planDailyView() gives the break-even hashprice 3.771 / (0.2 x 0.95 x 0.98) = 20.25 USD/PH/s/day and BTC price 78,600 x 20.25 / 35.14 = 45,295 USD', () => {
    const c = view.cohorts[0];
    expect(c.breakEvenHashpriceUsd).toBeCloseTo(BREAK_EVEN_HASHPRICE, 10);
    expect(c.breakEvenHashpriceUsd).toBeCloseTo(20.25, 10);
    expect(c.breakEvenPriceUsd).toBeCloseTo((78_600 * BREAK_EVEN_HASHPRICE) / HASHPRICE, 6);
    expect(Math.round(c.breakEvenPriceUsd!)).toBe(45_295);
  });

  it('planDailyView() pays one unit back 14 days of deployment + 4,234.4 / 2.772 = 1,541 days after its capex, and the fleet (no fixed costs) on the same day', () => {
    const c = view.cohorts[0];
    expect(c.unitCapexUsd).toBeCloseTo(CAPEX, 9);
    expect(c.paybackDays).toBeCloseTo(14 + CAPEX / (REVENUE - POWER), 8);
    expect(Math.round(c.paybackDays!)).toBe(1541);
    expect(view.fleet.capexUsd).toBeCloseTo(500 * CAPEX, 6);
    expect(view.fleet.profitUsd).toBeCloseTo(500 * (REVENUE - POWER), 9);
    expect(view.fleet.paybackDays).toBeCloseTo(c.paybackDays!, 8);
  });

  it('headlineTable() prints these figures in the daily view’s rows', () => {
    const cell = (label: string) =>
      text
        .split('\n')
        .find((l) => l.startsWith(`  ${label} `))
        ?.slice(label.length + 2)
        .trim();
    expect(cell(m.revenueRow())).toBe('6.543');
    expect(cell(m.powerRow())).toBe('3.771');
    expect(cell(m.profitRow())).toBe('2.772');
    expect(cell(m.breakEvenHashpriceRow('USD/PH/s/day'))).toBe('20.25');
    expect(cell(m.breakEvenPriceRow('BTC'))).toBe('45,295');
    expect(cell(m.unitCapexRow())).toBe('4,234');
    expect(cell(m.hashingFromRow())).toBe(m.dayCell('14', '2026-02-05'));
    expect(cell(m.paybackFromCapexRow())).toBe(m.paybackCell('1,541'));
    expect(text).toContain(m.tariff('0.045 USD/kWh'));
  });

  it('planDailyView() at 0.2 USD/kWh makes a loss of 6.543 - 16.76 = -10.22 USD a day: payback never, break-even BTC price 201,313 USD', async () => {
    const summary = await dailyView((d) => {
      d.power.price = '0.2 USD/kWh';
    });
    const c = summary.dailyView!.cohorts[0];
    const power = 3.5 * 24 * 0.2 * 1.05 * 0.95;
    expect(c.profitUsd).toBeCloseTo(REVENUE - power, 12);
    expect(c.paybackDays).toBeNull();
    expect(summary.dailyView!.fleet.paybackDays).toBeNull();
    const breakEven = power / (0.2 * 0.95 * 0.98);
    expect(c.breakEvenHashpriceUsd).toBeCloseTo(breakEven, 10);
    expect(Math.round(c.breakEvenPriceUsd!)).toBe(Math.round((78_600 * breakEven) / HASHPRICE));
    expect(headlineTable(summary)).toMatch(new RegExp(`${m.paybackFromCapexRow()} +${m.never()}\\n`));
    expect(headlineTable(summary)).toContain('Held fixed the fleet never pays back');
  }, 60_000);
});
