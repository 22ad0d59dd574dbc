// Through a halving the held-fixed view halves the subsidy, as the protocol does, and keeps the
// fees a block in coins (model/reward-cuts.ts revenueFactor): the S21 on 2025-11-14 at 0.06
// USD/kWh earns (1.5625 + 0.02394) / (3.125 + 0.02394) = 0.5038 of its revenue after block
// 1,050,000, not half. Neither the report's sentence nor the quote's note said what the fees did;
// both now say the subsidy halves and the fees a block are held, at how much.
import { describe, expect, it } from 'vitest';
import { buildQuote } from '../../src/cli/quote-build.js';
import { dailyViewComparison } from '../../src/report/daily-view-comparison.js';
import type { DailyView } from '../../src/stats/summary.js';

describe('the fees a block held through a halving, said', () => {
  it('the quote’s halving note names the subsidy after the halving and the fees a block held', () => {
    const q = buildQuote({
      machine: 'Antminer S21',
      tariff: '0.06',
      'pool-fee': '0%',
      metered: false,
      uptime: '100%',
      pue: 1,
      coin: 'bitcoin',
      json: true,
    });
    const note = q.notes.find((n) => n.includes('halving at block 1,050,000')) ?? '';
    expect(note).toContain(
      'the subsidy halved to 1.5625 BTC a block and the fees held at 0.02394 BTC a block',
    );
    const f = 3.44757513 / 144;
    expect(q.halving?.profitAfterUsd).toBeCloseTo(
      (q.day.revenueUsd * (1.5625 + f)) / (3.125 + f) - q.day.powerUsd,
      9,
    );
  });

  it('the report’s sentence says the same, from the view’s fees a block', () => {
    const view: DailyView = {
      date: '2025-11-14',
      priceUsd: 94_503,
      hashpriceUsd: 39.31,
      hashpriceUnit: 'USD/PH/s/day',
      machineHashrateUnit: 'TH/s',
      tariffUsdPerKwh: 0.06,
      fees: {
        model: 'share-of-subsidy',
        rewardPerBlock: 3.125,
        feesPerBlock: 0.0234375,
        share: 0.0075,
        dayFeesPerBlock: null,
      },
      cohorts: [],
      fleet: { profitUsd: 1411, fixedUsd: 0, capexUsd: 1_400_000, paybackDays: 991.7 },
      halving: {
        height: 1_050_000,
        day: 878.3,
        date: '2028-04-10',
        rewardAfter: 1.5625,
        fleetProfitAfterUsd: -540,
        paybackDays: null,
      },
      monteCarlo: { paybackDaysP50: null, paidBackByThen: null },
    };
    expect(dailyViewComparison(view, '2025-11-14', false, 'BTC')).toContain(
      'the subsidy halved to 1.5625 BTC a block and the fees held at 0.0234375 BTC a block',
    );
  });
});
