// A start past the history whose height is carried forward (at 146.1 blocks a day, the mean of
// the history's last 28 days): the daily view dated the halving at block 1,050,000 "about
// 2028-04-05, day 543 at the target block rate" (144 a day, as holding the day fixed implies),
// and the assumptions table "about 2028-03-28 at 146.1 blocks a day": two dates for one block.
// Both now date it at the target rate, the table naming it.
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { scenarioOf } from '../fixtures/scenarios.js';

describe('the next halving on a start past the history', () => {
  it('runMonteCarlo() dates block 1,050,000 on one day in the daily view and the assumptions table (2028-04-05 at the target 144 blocks a day)', async () => {
    const s = await scenarioOf(
      {
        name: 'later',
        start: '2026-10-10',
        horizon: '3 years',
        fleet: [{ model: 'Antminer S21', count: 500, unitPrice: '2800 USD' }],
        power: { price: '0.055 USD/kWh' },
        price: { start: '90000 USD', model: { type: 'fixed' } },
        network: { difficulty: '150 T', model: { type: 'growth', rate: '20 %' } },
        fees: { model: { type: 'share-of-subsidy', share: '1 %' } },
        monteCarlo: { paths: 1 },
      },
      'case.yaml',
    );
    const { summary } = await runMonteCarlo(s, { paths: 2, workers: 1, breakEvenPaths: 0 });
    expect(summary.dailyView?.halving).toMatchObject({ height: 1_050_000, date: '2028-04-05' });
    const line = summary.scenario.assumptions.find((a) => a.label === 'Next halving');
    expect(line?.note).toContain('about 2028-04-05 at the target 144 blocks a day');
    expect(line?.note).not.toContain('2028-03-28');
    const height = summary.scenario.assumptions.find((a) => a.label === 'Block height');
    expect(height?.note).toContain('at 146.1 blocks a day');
  }, 60_000);
});
