// The hashprice of the daily view says what it is made of. `minesim hashprice --date 2017-05-17`
// and `minesim quote --date 2017-05-17` price the day's own blocks: 1,808.75 USD x (12.5 BTC +
// 478.87 BTC of fees / 155 blocks = 3.0895 BTC) x 86,400 x 1e15 / (5.5997e11 x 2^32) =
// 1,012.97 USD/PH/s/day. The run of scenarios/north-korea-2017-s9.yaml holds the same day's price
// and difficulty but its fee model's level, 12.148 % of the subsidy (the 90 days before the start:
// fees / issuance), 1.5185 BTC a block: 1,808.75 x 14.0185 x 86,400 x 1e15 / (5.5997e11 x 2^32) =
// 910.89 USD/PH/s/day, 0.899 of the day's. Both were printed as "hashprice"; the view now says its
// subsidy and fees a block and where the fees come from (summary.json dailyView.fees, the terminal
// and the report), and the day's own fees beside them.
import { describe, expect, it } from 'vitest';
import { headlineTable } from '../../src/cli/headline.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { headlineTables } from '../../src/report/headline.js';
import { loadScenario } from '../fixtures/scenarios.js';

describe('the daily view names the fees its hashprice holds', () => {
  it('runMonteCarlo() of north-korea-2017-s9 writes dailyView.fees (12.5 BTC, 1.5185 BTC = 12.148 %, the day’s 3.0895) and says so beside the hashprice', async () => {
    const s = await loadScenario('north-korea-2017-s9');
    const summary = (await runMonteCarlo(s, { paths: 10, workers: 1, breakEvenPaths: 0 })).summary;
    const view = summary.dailyView!;
    expect(view.hashpriceUsd).toBeCloseTo(910.892, 2);
    expect(view.fees).toEqual({
      model: 'share-of-subsidy',
      rewardPerBlock: 12.5,
      feesPerBlock: expect.closeTo(1.51848, 4),
      share: expect.closeTo(0.121479, 5),
      dayFeesPerBlock: expect.closeTo(3.089472, 5),
      dayRewardPerBlock: 12.5,
    });
    const line = headlineTable(summary).split('\n')[1];
    expect(line).toContain(
      'hashprice 910.9 USD/PH/s/day (12.5 BTC a block and 1.5185 BTC of fees, the fee model’s 12.1 % of the subsidy; the day’s blocks paid 3.0895 BTC of fees)',
    );
    expect(headlineTables(summary)[0].note).toContain('the fee model’s 12.1 % of the subsidy');
  }, 60_000);

  it('runMonteCarlo() with the historical fee model says the fees are the day’s own (3.0895 BTC, 1,012.97 USD/PH/s/day)', async () => {
    const s = await loadScenario('north-korea-2017-s9', (d) => {
      d.fees = { model: { type: 'historical' } };
      d.price = { model: { type: 'historical' } };
      d.network = { model: { type: 'historical' } };
    });
    const summary = (await runMonteCarlo(s, { paths: 1, workers: 1, breakEvenPaths: 0 })).summary;
    const view = summary.dailyView!;
    expect(view.hashpriceUsd).toBeCloseTo(1012.97, 1);
    expect(view.fees?.model).toBe('historical');
    expect(headlineTable(summary).split('\n')[1]).toContain(
      'hashprice 1,013 USD/PH/s/day (12.5 BTC a block and 3.0895 BTC of fees, the day’s own)',
    );
  }, 60_000);
});
