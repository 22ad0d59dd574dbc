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
