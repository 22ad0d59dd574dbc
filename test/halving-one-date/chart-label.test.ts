// A start past the history: the assumptions table and the daily view date block 1,050,000 on
// 2028-04-05 at the target 144 blocks a day, while the charts mark it where the calm path's own
// blocks reach it (2028-04-01, the growing network mining faster than the target between
// retargets). The chart labelled it 'halving 5 (expected)', a third date with no basis named;
// it is now 'halving 5 (calm path)', and the table's note says where the charts mark it.
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { chartEvents } from '../../src/report/chart-events.js';
import { scenarioOf } from '../fixtures/scenarios.js';

describe('the next halving on the charts of a start past the history', () => {
  it('names the calm path as the basis of the chart date, beside the table and daily view at the target rate', async () => {
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
    const { summary } = await runMonteCarlo(s, { paths: 2, workers: 1, breakEvenPaths: 0, chartEvents });
    expect(summary.dailyView?.halving).toMatchObject({ height: 1_050_000, date: '2028-04-05' });
    const halving = summary.events.filter((e) => e.kind === 'halving');
    expect(halving).toEqual([{ date: '2028-04-01', label: 'halving 5 (calm path)', kind: 'halving' }]);
    const line = summary.scenario.assumptions.find((a) => a.label === 'Next halving');
    expect(line?.note).toContain('about 2028-04-05 at the target 144 blocks a day');
    expect(line?.note).toContain('the charts mark it where the calm path\'s blocks do ("calm path")');
  }, 60_000);
});
