// A back-test's daily.csv names each column's unit where it is the coin's, and its figures are the
// back-test summary's: the hashprice of its first day, the net position of its last.
import { describe, expect, it } from 'vitest';
import { runBacktest } from '../../src/engine/backtest/backtest.js';
import { backtestSummary } from '../../src/engine/backtest/backtest-summary.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { backtestCsv } from '../../src/report/daily-csv.js';
import { loadScenario } from '../fixtures/scenarios.js';

async function daily(name: string) {
  const s = await loadScenario(name);
  const b = runBacktest(s, await loadCompileInputs(s));
  const [header, ...rows] = backtestCsv(s, b)
    .trimEnd()
    .split('\n')
    .map((l) => l.split(','));
  const column = (c: string) => rows.map((r) => r[header.indexOf(c)]);
  return { header, column, summary: backtestSummary(s, b) };
}

describe('backtestCsv()', () => {
  it('backtestCsv() names the hashprice per PH/s a day for Bitcoin, and the coins in BTC', async () => {
    const { header, column, summary } = await daily('north-korea-2017-s9');
    expect(header).toContain('hashprice_usd_per_ph_s_day');
    expect(header).toEqual(
      expect.arrayContaining(['coins_mined_btc', 'held_coins_btc', 'subsidy_btc_per_block']),
    );
    expect(summary.dailyView?.hashpriceUnit).toBe('USD/PH/s/day');
    expect(Number(column('hashprice_usd_per_ph_s_day')[0])).toBeCloseTo(
      summary.timeline.hashpriceUsd.p50[0],
      5,
    );
    expect(Number(column('net_position_usd').at(-1))).toBeCloseTo(
      summary.headline.netAtHorizonUsd.quantiles.p50!,
      5,
    );
  });

  it('backtestCsv() names the hashprice per kH/s a day for Monero, and the coins in XMR', async () => {
    const { header, column, summary } = await daily('north-korea-2017-monero-cpu');
    expect(header).toEqual(
      expect.arrayContaining(['hashprice_usd_per_kh_s_day', 'coins_mined_xmr', 'subsidy_xmr_per_block']),
    );
    expect(Number(column('hashprice_usd_per_kh_s_day')[0])).toBeCloseTo(
      summary.timeline.hashpriceUsd.p50[0],
      5,
    );
  });
});

describe('backtestCsv() with curtailment credits', () => {
  it('backtestCsv() gives the credits a column of their own, so each row of a sell-daily back-test adds up to its change of cash', async () => {
    // Ten S9s from 2019-01-01 at 95 % uptime, PUE 1.2, 10 USD/kW/month hosting and credits of
    // 60 USD/MWh on a 20-hour budget: 13.23 kW x 1.2 x 20 / 30.4375 h x 0.06 USD/kWh = 0.6259 USD
    // a day. The cash rose by revenue - power - hosting + 0.6259 a day, but no column held the
    // 0.6259: a row's figures missed its change of cash by it (and the power column is gross of it).
    const { validateScenarioText } = await import('../../src/scenario/validate.js');
    const v = await validateScenarioText(
      `name: credits
start: 2019-01-01
horizon: 30 days
fleet:
  - { model: Antminer S9, count: 10, unitPrice: 300 USD, uptime: 95 % }
power: { price: 0.05 USD/kWh, pue: 1.2, hosting: 10 USD/kW/month, curtailment: { credit: 60 USD/MWh, budget: 20 hours } }
network: { model: { type: historical } }
fees: { model: { type: historical } }
price: { model: { type: historical } }
`,
      'credits.yaml',
    );
    if (!v.ok) throw new Error(v.problems.map((p) => p.message).join('\n'));
    const s = v.scenario;
    const b = runBacktest(s, await loadCompileInputs(s));
    const [header, ...rows] = backtestCsv(s, b)
      .trimEnd()
      .split('\n')
      .map((l) => l.split(','));
    const at = (r: string[], c: string) => Number(r[header.indexOf(c)]);
    expect(header).toContain('curtailment_credits_usd');
    expect(at(rows[0], 'curtailment_credits_usd')).toBeCloseTo((13.23 * 1.2 * 20 * 0.06) / 30.4375, 6);
    let cash = 0;
    for (const r of rows) {
      const flows =
        at(r, 'revenue_usd') -
        at(r, 'power_usd') -
        at(r, 'hosting_usd') -
        at(r, 'maintenance_usd') -
        at(r, 'fixed_usd') -
        at(r, 'capex_usd') +
        at(r, 'salvage_usd') +
        at(r, 'curtailment_credits_usd');
      expect(at(r, 'cash_usd') - cash).toBeCloseTo(flows, 4);
      cash = at(r, 'cash_usd');
    }
    // Without curtailment the table keeps its columns.
    const { header: plain } = await daily('north-korea-2017-s9');
    expect(plain).not.toContain('curtailment_credits_usd');
  });
});
